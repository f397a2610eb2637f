"""Build the six peer videos of the two content packs, reproducibly, from the scripts below.

Each video is an older student telling a short, first-person story in Danish. The
``belonging`` pack (three videos) holds the stories of worrying whether one belongs and
how that changed; the ``control`` pack (three videos) holds stories of the same length,
format and tone about neutral study-start topics. The voices are synthesised with
``espeak-ng -v da`` sentence by sentence; each sentence's measured duration times one
subtitle cue, so ``NAME.da.srt`` and its translations ``NAME.en.srt``, ``NAME.nb.srt``
(Norwegian Bokmål) and ``NAME.nl.srt`` (Dutch), all with the same timings, always match the
speech. The picture is a calm, slowly turning two-colour gradient (one
colour pair per speaker) with a ~3 s title card (name, semester, programme) and then the
name small in the top-left corner; subtitles are not burnt in (the player shows the SRT in
the student's language). ffmpeg runs single-threaded with bit-exact flags, so a rerun with
the same toolchain gives identical files; another ffmpeg, x264, espeak-ng, font, FreeType,
C library or CPU instruction set (ffmpeg picks its code paths by the CPU) gives a video
that looks and sounds the same but has other bytes. So every run writes ``BUILD.json``
beside the videos: that toolchain, and the SHA-256 of each file it made. A partial run
(``--only``) into a folder whose ``BUILD.json`` names another toolchain is refused, so the
record never mixes two toolchains. ``--subtitles-only`` writes the subtitle files and
renders no video (for a new or corrected translation): it refuses unless this machine
times the speech exactly as the recorded videos were timed, i.e. each Danish subtitle file
it makes is byte for byte the one ``BUILD.json`` records, so the videos and their records
stay as they are and only the subtitles' hashes change.

Usage: ``python3 tools/make_videos.py [--out assets/videos] [--only NAME]
[--subtitles-only]``; ``--toolchain`` prints this machine's toolchain as JSON and renders
nothing.
Needs: espeak-ng (Danish voice), ffmpeg with libx264, drawtext and the gradients source,
DejaVu fonts. Plain Python 3.11 standard library otherwise.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import hashlib
import json
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "assets" / "videos"

# Where distributions put DejaVu Sans: Debian/Ubuntu (fonts-dejavu-core), Fedora, Arch.
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu-sans-fonts"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu"),
)


def _font(name: str) -> Path:
    """The first installed copy of a DejaVu font (main() refuses to run without one)."""
    found = [folder / name for folder in FONT_DIRS if (folder / name).is_file()]
    return found[0] if found else FONT_DIRS[0] / name


FONT_REGULAR = _font("DejaVuSans.ttf")
FONT_BOLD = _font("DejaVuSans-Bold.ttf")

WIDTH, HEIGHT, FPS = 640, 360, 25
SAMPLE_RATE = 22050  # espeak-ng's native rate; every sentence WAV must have it
ESPEAK_SPEED = 155  # words per minute: calmer than espeak's default 175
ESPEAK_PITCH = 50
LEAD_IN_S = 3.0  # the title card; speech starts when it fades out
PAUSE_S = 0.4  # silence between two sentences
TAIL_S = 1.2  # silence after the last sentence
TITLE_FADE_S = 0.4
MIN_VIDEO_S, MAX_VIDEO_S = 20.0, 60.0
PAIR_TOLERANCE = 0.10  # i-th control video within ±10 % of the i-th belonging video

BUILD_FILE = "BUILD.json"
BUILD_ABOUT = (
    "Written by tools/make_videos.py: the toolchain that rendered the videos and subtitles "
    "here, and the SHA-256 of each file. The same toolchain renders the same bytes; another "
    "one renders a video that looks and sounds the same (tests/assets compares both ways)."
)
# The CPU features ffmpeg (libavutil/cpu.c) and x264 choose their code paths by, as Linux
# names them in /proc/cpuinfo; the other flags there do not change a rendered byte.
SIMD_FLAGS = frozenset(
    {
        *("mmx", "mmxext", "sse", "sse2", "pni", "ssse3", "sse4_1", "sse4_2", "cmov", "aes"),
        *("avx", "avx2", "fma", "fma4", "xop", "bmi1", "bmi2", "gfni", "vaes", "vpclmulqdq"),
        *("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl", "avx512ifma"),
        *("avx512vbmi", "avx512_vbmi2", "avx512_vnni", "avx512_bitalg", "avx512_vpopcntdq"),
        *("fp", "asimd", "asimddp", "i8mm", "sve", "sve2", "neon", "vfp", "vfpv3", "vfpv4"),
    }
)

#: The subtitle languages, in the order of each sentence's texts: the speech is Danish.
LANGUAGES = ("da", "en", "nb", "nl")

# Words the students must never hear or read (DESIGN §2, "under the radar"), in every
# subtitle language; matched anywhere in a word, so "selvhjælp", "forsøgte" or "geholpen"
# are caught too (belong_desktop/core/framing.py holds the app's own list).
FORBIDDEN = re.compile(
    r"intervention|intervensjon|interventie|hjælp|hjelp|hjalp|hjulp|help|hulp|eksperiment"
    r"|experiment|forsøg|forsøk|proef|treatment|behandl|behandel|kontrol|control",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Video:
    """One peer video: who speaks, how it looks and sounds, and what is said."""

    slug: str  # file stem, e.g. "sara" -> sara.mp4, sara.da.srt, sara.en.srt, ...
    pack: str  # "belonging" or "control": the sub-folder of the output directory
    first_name: str
    semester_da: str  # "5. semester"
    programme_da: str  # "sygeplejerskeuddannelsen"
    about_en: str  # small English line on the title card
    voice: str  # espeak-ng voice with variant, e.g. "da+f3"
    colours: tuple[str, str]  # gradient colours, 0xRRGGBB
    # (Danish, English, Norwegian Bokmål, Dutch) as LANGUAGES: one subtitle cue each
    sentences: tuple[tuple[str, str, str, str], ...]


VIDEOS: tuple[Video, ...] = (
    # --- belonging: three stories of "everyone else but me", and how it changed -----------
    Video(
        slug="sara",
        pack="belonging",
        first_name="Sara",
        semester_da="5. semester",
        programme_da="sygeplejerskeuddannelsen",
        about_en="5th semester, Nursing",
        voice="da+f3",
        colours=("0x2E6B70", "0x79AFA6"),
        sentences=(
            (
                "Hej, jeg hedder Sara, og jeg går på femte semester på sygeplejerskeuddannelsen.",
                "Hi, my name is Sara, and I'm in my fifth semester of the nursing programme.",
                "Hei, jeg heter Sara, og jeg går femte semester på sykepleierutdanningen.",
                "Hoi, ik heet Sara, en ik zit in het vijfde semester van de opleiding "
                "verpleegkunde.",
            ),
            (
                "I de første uger tænkte jeg, at alle andre kunne finde ud af det, bare ikke mig.",
                "In the first weeks I thought that everyone else could get it, except me.",
                "De første ukene tenkte jeg at alle andre fikk det til, bare ikke jeg.",
                "In de eerste weken dacht ik dat iedereen het snapte, behalve ik.",
            ),
            (
                "Jeg turde ikke række hånden op, fordi jeg var bange for at stille et dumt "
                "spørgsmål.",
                "I didn't dare raise my hand, because I was afraid of asking a stupid question.",
                "Jeg turte ikke rekke opp hånda, fordi jeg var redd for å stille et dumt spørsmål.",
                "Ik durfde mijn vinger niet op te steken, omdat ik bang was een domme vraag te "
                "stellen.",
            ),
            (
                "En dag spurgte jeg pigen ved siden af mig, om hun havde forstået nervesystemet.",
                "One day I asked the girl next to me whether she had understood the nervous "
                "system.",
                "En dag spurte jeg jenta ved siden av meg om hun hadde forstått nervesystemet.",
                "Op een dag vroeg ik het meisje naast me of zij het zenuwstelsel had begrepen.",
            ),
            (
                "Hun grinede og sagde, at hun havde tænkt præcis det samme om mig.",
                "She laughed and said she had been thinking exactly the same about me.",
                "Hun lo og sa at hun hadde tenkt nøyaktig det samme om meg.",
                "Ze lachte en zei dat zij precies hetzelfde over mij had gedacht.",
            ),
            (
                "Senere fandt jeg ud af, at mange på holdet havde haft det sådan i starten.",
                "Later I found out that many people in our class had felt that way at the start.",
                "Senere fant jeg ut at mange i kullet hadde hatt det sånn i starten.",
                "Later ontdekte ik dat veel mensen in mijn groep zich in het begin zo hadden "
                "gevoeld.",
            ),
            (
                "Vi lavede en læsegruppe, og jeg skrev til underviseren, når jeg gik i stå.",
                "We started a study group, and I wrote to the teacher whenever I got stuck.",
                "Vi startet en kollokviegruppe, og jeg skrev til foreleseren når jeg sto fast.",
                "We begonnen een studiegroep, en ik mailde de docent als ik vastliep.",
            ),
            (
                "Det blev bedre med tiden, og nu ved jeg, at det er normalt at føle sig bagud i "
                "starten.",
                "It got better with time, and now I know that it's normal to feel behind at the "
                "start.",
                "Det ble bedre med tiden, og nå vet jeg at det er vanlig å føle seg på etterskudd "
                "i starten.",
                "Het werd beter met de tijd, en nu weet ik dat het normaal is om eerst te denken "
                "dat je achterloopt.",
            ),
        ),
    ),
    Video(
        slug="jonas",
        pack="belonging",
        first_name="Jonas",
        semester_da="3. semester",
        programme_da="datalogi",
        about_en="3rd semester, Computer Science",
        voice="da+m3",
        colours=("0x30507A", "0x7D9BC2"),
        sentences=(
            (
                "Hej, jeg hedder Jonas, og jeg læser datalogi på tredje semester.",
                "Hi, my name is Jonas, and I'm studying computer science in my third semester.",
                "Hei, jeg heter Jonas, og jeg studerer informatikk på tredje semester.",
                "Hoi, ik heet Jonas, en ik studeer informatica in het derde semester.",
            ),
            (
                "Da jeg startede, kendte jeg ingen i byen.",
                "When I started, I didn't know anyone in the city.",
                "Da jeg begynte, kjente jeg ingen i byen.",
                "Toen ik begon, kende ik niemand in de stad.",
            ),
            (
                "I kantinen virkede det, som om alle andre allerede havde fundet hinanden.",
                "In the canteen it seemed like everyone else had already found each other.",
                "I kantina virket det som om alle andre allerede hadde funnet hverandre.",
                "In de kantine leek het alsof alle anderen elkaar al hadden gevonden.",
            ),
            (
                "Jeg tænkte, at de andre havde let ved at få venner, og at der var noget galt med "
                "mig.",
                "I thought the others found it easy to make friends, and that something was wrong "
                "with me.",
                "Jeg tenkte at de andre hadde lett for å få venner, og at det var noe galt med "
                "meg.",
                "Ik dacht dat de anderen makkelijk vrienden maakten, en dat er iets mis was met "
                "mij.",
            ),
            (
                "En fredag tog jeg mig sammen og gik med i fredagsbaren, selvom jeg var nervøs.",
                "One Friday I pulled myself together and went to the Friday bar, even though I was "
                "nervous.",
                "En fredag tok jeg meg sammen og ble med på fredagsbaren, selv om jeg var nervøs.",
                "Op een vrijdag vermande ik me en ging ik naar de vrijdagmiddagborrel, ook al was "
                "ik zenuwachtig.",
            ),
            (
                "Der mødte jeg en fra mit hold, som også havde følt sig udenfor i starten.",
                "There I met someone from my class who had also felt left out at the start.",
                "Der møtte jeg en fra kullet mitt som også hadde følt seg utenfor i starten.",
                "Daar ontmoette ik iemand uit mijn groep die zich in het begin ook buitengesloten "
                "had gevoeld.",
            ),
            (
                "Vi begyndte at løse opgaverne sammen, og senere blev vi til en fast studiegruppe.",
                "We started solving the assignments together, and later we became a regular study "
                "group.",
                "Vi begynte å løse oppgavene sammen, og senere ble vi en fast kollokviegruppe.",
                "We begonnen samen aan de opdrachten te werken, en later werden we een vaste "
                "studiegroep.",
            ),
            (
                "Det tog nogle måneder, og nu ved jeg, at mange tror, de er de eneste, der har det "
                "sådan.",
                "It took a few months, and now I know that many people think they're the only ones "
                "who feel that way.",
                "Det tok noen måneder, og nå vet jeg at mange tror de er de eneste som har det "
                "sånn.",
                "Het duurde een paar maanden, en nu weet ik dat velen denken dat zij de enigen "
                "zijn die zich zo voelen.",
            ),
        ),
    ),
    Video(
        slug="amina",
        pack="belonging",
        first_name="Amina",
        semester_da="4. semester",
        programme_da="jura",
        about_en="4th semester, Law",
        voice="da+f2",
        colours=("0x66456B", "0xB0808F"),
        sentences=(
            (
                "Hej, jeg hedder Amina, og jeg læser jura på fjerde semester.",
                "Hi, my name is Amina, and I'm studying law in my fourth semester.",
                "Hei, jeg heter Amina, og jeg studerer jus på fjerde semester.",
                "Hoi, ik heet Amina, en ik studeer rechten in het vierde semester.",
            ),
            (
                "I starten var jeg overbevist om, at de andre var klogere end mig.",
                "At the start I was convinced that the others were cleverer than me.",
                "I starten var jeg overbevist om at de andre var flinkere enn meg.",
                "In het begin was ik ervan overtuigd dat de anderen slimmer waren dan ik.",
            ),
            (
                "Jeg var den første i min familie på universitetet, og jeg sagde næsten ingenting "
                "på holdet.",
                "I was the first in my family to go to university, and I hardly said anything in "
                "class.",
                "Jeg var den første i familien min som gikk på universitetet, og jeg sa nesten "
                "ingenting i timene.",
                "Ik was de eerste in mijn familie die naar de universiteit ging, en ik zei bijna "
                "niets in de werkgroep.",
            ),
            (
                "Efter min første prøve tog jeg mod til mig og bad om en snak med min underviser.",
                "After my first exam I plucked up the courage and asked my teacher for a chat.",
                "Etter den første eksamenen min tok jeg mot til meg og ba om en prat med "
                "foreleseren min.",
                "Na mijn eerste tentamen raapte ik mijn moed bij elkaar en vroeg ik mijn docent "
                "om een gesprek.",
            ),
            (
                "Hun fortalte, at rigtig mange nye studerende har den tanke, også dem, der virker "
                "mest sikre.",
                "She told me that lots of new students have that thought, even the ones who seem "
                "most confident.",
                "Hun fortalte at veldig mange nye studenter har den tanken, også de som virker "
                "mest sikre.",
                "Ze vertelde dat heel veel nieuwe studenten die gedachte hebben, ook degenen die "
                "het zekerst lijken.",
            ),
            (
                "Bagefter spurgte jeg et par stykker fra holdet, og de havde tænkt det samme om "
                "mig.",
                "Afterwards I asked a couple of people from my class, and they had thought the "
                "same about me.",
                "Etterpå spurte jeg et par stykker fra kullet, og de hadde tenkt det samme om meg.",
                "Daarna vroeg ik een paar mensen uit mijn groep, en zij hadden hetzelfde over mij "
                "gedacht.",
            ),
            (
                "Jeg begyndte at stille ét spørgsmål om ugen, og det blev lettere hver gang.",
                "I started asking one question a week, and it got easier every time.",
                "Jeg begynte å stille ett spørsmål i uka, og det ble lettere hver gang.",
                "Ik begon elke week één vraag te stellen, en het werd elke keer makkelijker.",
            ),
            (
                "Det er normalt at have det sådan i begyndelsen, og det ændrer sig med tiden.",
                "It's normal to feel that way at the beginning, and it changes with time.",
                "Det er vanlig å ha det sånn i begynnelsen, og det endrer seg med tiden.",
                "Het is normaal om je in het begin zo te voelen, en het verandert met de tijd.",
            ),
        ),
    ),
    # --- control: same format and tone, neutral study-start topics -----------------------
    Video(
        slug="mathilde",
        pack="control",
        first_name="Mathilde",
        semester_da="5. semester",
        programme_da="fysioterapeutuddannelsen",
        about_en="5th semester, Physiotherapy",
        voice="da+f4",
        colours=("0x4C6848", "0x96AF86"),
        sentences=(
            (
                "Hej, jeg hedder Mathilde, og jeg går på femte semester på "
                "fysioterapeutuddannelsen.",
                "Hi, my name is Mathilde, and I'm in my fifth semester of the physiotherapy "
                "programme.",
                "Hei, jeg heter Mathilde, og jeg går femte semester på fysioterapeututdanningen.",
                "Hoi, ik heet Mathilde, en ik zit in het vijfde semester van de opleiding "
                "fysiotherapie.",
            ),
            (
                "Jeg vil fortælle lidt om, hvordan jeg planlægger min studieuge.",
                "I'd like to tell you a bit about how I plan my study week.",
                "Jeg vil fortelle litt om hvordan jeg planlegger studieuka mi.",
                "Ik vertel graag iets over hoe ik mijn studieweek plan.",
            ),
            (
                "Hver søndag aften skriver jeg undervisning, læsning og arbejde ind i min "
                "kalender.",
                "Every Sunday evening I put classes, reading and work into my calendar.",
                "Hver søndag kveld skriver jeg inn undervisning, lesing og jobb i kalenderen min.",
                "Elke zondagavond zet ik colleges, leeswerk en werk in mijn agenda.",
            ),
            (
                "Jeg deler læsestoffet op, så jeg ved, hvor mange sider jeg skal nå hver dag.",
                "I split up the reading, so I know how many pages I need to get through each day.",
                "Jeg deler opp pensum, så jeg vet hvor mange sider jeg skal rekke hver dag.",
                "Ik deel de leesstof op, zodat ik weet hoeveel bladzijden ik elke dag moet halen.",
            ),
            (
                "Til forelæsningerne skriver jeg kun det vigtigste ned, med mine egne ord.",
                "In lectures I only write down the most important points, in my own words.",
                "På forelesningene skriver jeg bare ned det viktigste, med mine egne ord.",
                "Tijdens colleges schrijf ik alleen het belangrijkste op, in mijn eigen woorden.",
            ),
            (
                "Samme dag læser jeg noterne igennem og skriver spørgsmål i margenen.",
                "On the same day I read through my notes and write questions in the margin.",
                "Samme dag leser jeg gjennom notatene og skriver spørsmål i margen.",
                "Dezelfde dag lees ik mijn aantekeningen door en schrijf ik vragen in de kantlijn.",
            ),
            (
                "Om fredagen kigger jeg på, hvad jeg nåede, og flytter resten til næste uge.",
                "On Fridays I look at what I got done and move the rest to the next week.",
                "På fredager ser jeg på hva jeg rakk, og flytter resten til neste uke.",
                "Op vrijdag kijk ik wat ik af heb gekregen, en schuif ik de rest door naar "
                "volgende week.",
            ),
            (
                "Prøv selv at lave en enkel plan for næste uge, og se, hvad der virker for dig.",
                "Try making a simple plan for next week yourself, and see what works for you.",
                "Prøv selv å lage en enkel plan for neste uke, og se hva som fungerer for deg.",
                "Probeer zelf eens een eenvoudige planning te maken voor volgende week, en kijk "
                "wat voor jou werkt.",
            ),
        ),
    ),
    Video(
        slug="emil",
        pack="control",
        first_name="Emil",
        semester_da="3. semester",
        programme_da="økonomi",
        about_en="3rd semester, Economics",
        voice="da+m5",
        colours=("0x75552F", "0xC29A66"),
        sentences=(
            (
                "Hej, jeg hedder Emil, og jeg læser økonomi på tredje semester.",
                "Hi, my name is Emil, and I'm studying economics in my third semester.",
                "Hei, jeg heter Emil, og jeg studerer økonomi på tredje semester.",
                "Hoi, ik heet Emil, en ik studeer economie in het derde semester.",
            ),
            (
                "Jeg flyttede hertil, da jeg startede, så jeg skulle lære både byen og campus at "
                "kende.",
                "I moved here when I started, so I had to get to know both the city and the "
                "campus.",
                "Jeg flyttet hit da jeg begynte, så jeg måtte bli kjent med både byen og campus.",
                "Ik ben hierheen verhuisd toen ik begon, dus ik moest zowel de stad als de campus "
                "leren kennen.",
            ),
            (
                "Først fandt jeg en cykelrute gennem parken, som er lidt længere, men meget "
                "roligere.",
                "First I found a bike route through the park, which is a bit longer but much "
                "quieter.",
                "Først fant jeg en sykkelrute gjennom parken, som er litt lengre, men mye "
                "roligere.",
                "Eerst vond ik een fietsroute door het park, die iets langer is, maar veel "
                "rustiger.",
            ),
            (
                "På biblioteket kan man booke grupperum og låne bøgerne fra pensum en uge ad "
                "gangen.",
                "At the library you can book group rooms and borrow the course books for a week at "
                "a time.",
                "På biblioteket kan man booke grupperom og låne pensumbøkene en uke om gangen.",
                "In de bibliotheek kun je groepsruimtes reserveren en de studieboeken een week "
                "per keer lenen.",
            ),
            (
                "Der er også en stille læsesal på første sal, hvor jeg sidder op til eksamen.",
                "There's also a quiet reading room on the first floor, where I sit before exams.",
                "Det finnes også en stille lesesal i første etasje, der jeg sitter før eksamen.",
                "Er is ook een stille studiezaal op de eerste verdieping, waar ik voor tentamens "
                "zit.",
            ),
            (
                "I kantinen er køen lang klokken tolv, så jeg spiser allerede halv tolv.",
                "In the canteen the queue is long at twelve, so I eat at half past eleven.",
                "I kantina er køen lang klokka tolv, så jeg spiser allerede halv tolv.",
                "In de kantine is de rij lang om twaalf uur, dus ik eet al om half twaalf.",
            ),
            (
                "Hvis man har madpakke med, står der mikroovne i kælderen.",
                "If you bring a packed lunch, there are microwaves in the basement.",
                "Hvis man har med matpakke, står det mikrobølgeovner i kjelleren.",
                "Als je je eigen lunch meeneemt, staan er magnetrons in de kelder.",
            ),
            (
                "Brug de første uger på at gå på opdagelse, så bliver det hurtigt nemt at finde "
                "rundt.",
                "Use the first weeks to explore, and finding your way around soon becomes easy.",
                "Bruk de første ukene på å gå på oppdagelse, så blir det fort lett å finne fram.",
                "Gebruik de eerste weken om op ontdekking te gaan, dan vind je snel makkelijk je "
                "weg.",
            ),
        ),
    ),
    Video(
        slug="laura",
        pack="control",
        first_name="Laura",
        semester_da="4. semester",
        programme_da="læreruddannelsen",
        about_en="4th semester, Teacher Education",
        voice="da+f5",
        colours=("0x474C78", "0x8E90BE"),
        sentences=(
            (
                "Hej, jeg hedder Laura, og jeg går på fjerde semester på læreruddannelsen.",
                "Hi, my name is Laura, and I'm in my fourth semester of teacher education.",
                "Hei, jeg heter Laura, og jeg går fjerde semester på lærerutdanningen.",
                "Hoi, ik heet Laura, en ik zit in het vierde semester van de lerarenopleiding.",
            ),
            (
                "Jeg vil give et par praktiske tips om læringsplatformen og om at finde lokaler.",
                "I'd like to give a few practical tips about the learning platform and finding "
                "rooms.",
                "Jeg vil gi noen praktiske tips om læringsplattformen og om å finne rom.",
                "Ik geef graag een paar praktische tips over de digitale leeromgeving en het "
                "vinden van lokalen.",
            ),
            (
                "På læringsplatformen ligger skemaet, læsestoffet og alle beskeder fra "
                "underviserne.",
                "The learning platform has the timetable, the reading and all the messages from "
                "the teachers.",
                "På læringsplattformen ligger timeplanen, pensum og alle beskjeder fra "
                "foreleserne.",
                "In de digitale leeromgeving staan het rooster, de leesstof en alle berichten van "
                "de docenten.",
            ),
            (
                "Jeg har slået notifikationer til, så jeg kan se det, hvis et lokale bliver "
                "flyttet.",
                "I've turned on notifications, so I can see it if a room is moved.",
                "Jeg har slått på varsler, så jeg kan se det hvis et rom blir flyttet.",
                "Ik heb meldingen aangezet, zodat ik het zie als een lokaal wordt verplaatst.",
            ),
            (
                "Afleveringer uploader man også der, og jeg tjekker altid, at filen er kommet op.",
                "You also upload assignments there, and I always check that the file has been "
                "uploaded.",
                "Innleveringer laster man også opp der, og jeg sjekker alltid at filen er kommet "
                "opp.",
                "Opdrachten lever je daar ook in, en ik kijk altijd na of het bestand echt is "
                "geüpload.",
            ),
            (
                "I lokalenumrene er det første tal bygningen, og det næste er etagen.",
                "In the room numbers, the first number is the building and the next is the floor.",
                "I romnumrene er det første tallet bygningen, og det neste er etasjen.",
                "In de lokaalnummers is het eerste getal het gebouw en het volgende de verdieping.",
            ),
            (
                "I den første uge tog jeg et billede af oversigtskortet ved indgangen.",
                "In the first week I took a photo of the map by the entrance.",
                "Den første uka tok jeg et bilde av oversiktskartet ved inngangen.",
                "In de eerste week maakte ik een foto van de plattegrond bij de ingang.",
            ),
            (
                "Når man kender systemet, tager det kun et par minutter om dagen at følge med.",
                "Once you know the system, it only takes a couple of minutes a day to keep up.",
                "Når man kjenner systemet, tar det bare et par minutter om dagen å følge med.",
                "Als je het systeem kent, kost het maar een paar minuten per dag om bij te "
                "blijven.",
            ),
        ),
    ),
)


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    texts: tuple[str, ...]  # one per LANGUAGES


@dataclass(frozen=True)
class Soundtrack:
    pcm: bytes  # 16-bit mono PCM at SAMPLE_RATE, padded to a whole number of video frames
    cues: tuple[Cue, ...]

    @property
    def duration(self) -> float:
        return len(self.pcm) / 2 / SAMPLE_RATE


def check_wording(video: Video) -> None:
    """Refuse any script that would let the students hear or read a forbidden word."""
    texts = [video.first_name, video.semester_da, video.programme_da, video.about_en]
    texts += [t for sentence in video.sentences for t in sentence]
    for n, sentence in enumerate(video.sentences, start=1):
        if len(sentence) != len(LANGUAGES) or not all(t.strip() for t in sentence):
            raise SystemExit(
                f"{video.slug}: sentence {n} needs one text per language ({', '.join(LANGUAGES)})"
            )
    bad = sorted({m.group(0) for t in texts for m in FORBIDDEN.finditer(t)})
    if bad:
        raise SystemExit(f"{video.slug}: the script uses forbidden words: {', '.join(bad)}")


def synthesise(text: str, voice: str, wav_path: Path) -> bytes:
    """Speak one sentence with espeak-ng and return its raw 16-bit mono PCM."""
    speed, pitch = str(ESPEAK_SPEED), str(ESPEAK_PITCH)
    cmd = ["espeak-ng", "-v", voice, "-s", speed, "-p", pitch, "-w", str(wav_path), text]
    subprocess.run(cmd, check=True)
    with wave.open(str(wav_path), "rb") as wav:
        if (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) != (SAMPLE_RATE, 1, 2):
            raise SystemExit(f"unexpected espeak-ng output format in {wav_path}")
        return wav.readframes(wav.getnframes())


def silence(seconds: float) -> bytes:
    return b"\x00\x00" * round(seconds * SAMPLE_RATE)


def build_soundtrack(video: Video, work: Path) -> Soundtrack:
    """Lead-in, sentences separated by short pauses, tail; one cue per sentence."""
    chunks = [silence(LEAD_IN_S)]
    cues: list[Cue] = []
    samples = len(chunks[0]) // 2
    for i, texts in enumerate(video.sentences):
        if i:
            chunks.append(silence(PAUSE_S))
            samples += len(chunks[-1]) // 2
        pcm = synthesise(texts[0], video.voice, work / f"{video.slug}-{i:02d}.wav")
        start = samples / SAMPLE_RATE
        samples += len(pcm) // 2
        cues.append(Cue(start, samples / SAMPLE_RATE, texts))
        chunks.append(pcm)
    chunks.append(silence(TAIL_S))
    samples += len(chunks[-1]) // 2
    per_frame = SAMPLE_RATE // FPS  # 882 samples: pad to a whole number of video frames
    chunks.append(b"\x00\x00" * (-samples % per_frame))
    return Soundtrack(b"".join(chunks), tuple(cues))


def srt_time(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def wrap_cue(text: str, limit: int = 42) -> str:
    """Break a long cue into two lines at the space nearest the middle (subtitle practice)."""
    if len(text) <= limit:
        return text
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


def write_srt(cues: tuple[Cue, ...], lang: str, path: Path) -> None:
    blocks = []
    for n, cue in enumerate(cues, start=1):
        text = cue.texts[LANGUAGES.index(lang)]
        blocks.append(f"{n}\n{srt_time(cue.start)} --> {srt_time(cue.end)}\n{wrap_cue(text)}\n")
    path.write_text("\n".join(blocks), encoding="utf-8", newline="\n")


def write_wav(pcm: bytes, path: Path) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(pcm)


def drawtext(
    text_file: Path, font: Path, size: int, x: str, y: str, alpha: str, enable: str
) -> str:
    """One drawtext filter; the text comes from a file so no escaping of æøå or commas."""
    return (
        f"drawtext=fontfile={font}:textfile={text_file}:expansion=none:fontsize={size}"
        f":fontcolor=white:shadowcolor=black@0.45:shadowx=2:shadowy=2"
        f":x={x}:y={y}:alpha='{alpha}':enable='{enable}'"
    )


def filter_graph(video: Video, work: Path, duration: float) -> str:
    """Gradient background, a title card for LEAD_IN_S seconds, then the name in a corner."""
    texts = {
        "name": video.first_name,
        "line": f"{video.semester_da}, {video.programme_da}",
        "en": video.about_en,
        "corner": f"{video.first_name} · {video.semester_da}, {video.programme_da}",
    }
    files = {}
    for key, text in texts.items():
        files[key] = work / f"{video.slug}-{key}.txt"
        files[key].write_text(text, encoding="utf-8")
    end, fade = LEAD_IN_S, TITLE_FADE_S
    title_alpha = f"if(lt(t,{fade}),t/{fade},if(lt(t,{end - fade}),1,max(0,({end}-t)/{fade})))"
    title_on = f"lt(t,{end})"
    corner_alpha = f"min(1,(t-{end})/{fade})*0.9"
    corner_on = f"gte(t,{end})"
    c0, c1 = video.colours
    background = (
        f"gradients=s={WIDTH}x{HEIGHT}:r={FPS}:d={duration:.3f}:c0={c0}:c1={c1}"
        f":x0=0:y0=0:x1={WIDTH}:y1={HEIGHT}:n=2:seed=1:speed=0.0015:type=linear"
    )
    layers = [
        drawtext(files["name"], FONT_BOLD, 58, "(w-text_w)/2", "h/2-78", title_alpha, title_on),
        drawtext(files["line"], FONT_REGULAR, 24, "(w-text_w)/2", "h/2+6", title_alpha, title_on),
        drawtext(
            files["en"], FONT_REGULAR, 18, "(w-text_w)/2", "h/2+46", f"0.8*{title_alpha}", title_on
        ),
        drawtext(files["corner"], FONT_REGULAR, 17, "22", "20", corner_alpha, corner_on),
    ]
    return background + "," + ",".join(layers) + ",format=yuv420p[v]"


def render(video: Video, track: Soundtrack, work: Path, out_file: Path) -> None:
    wav_path = work / f"{video.slug}.wav"
    write_wav(track.pcm, wav_path)
    graph = filter_graph(video, work, track.duration)
    cmd = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-nostdin"]
    cmd += ["-filter_complex", graph, "-i", str(wav_path), "-map", "[v]", "-map", "0:a"]
    # Calm picture, little motion: a high CRF stays sharp at ~25 kbit/s.
    cmd += ["-c:v", "libx264", "-preset", "medium", "-crf", "30", "-tune", "stillimage"]
    cmd += ["-profile:v", "main", "-pix_fmt", "yuv420p", "-g", "250", "-r", str(FPS)]
    cmd += ["-maxrate", "300k", "-bufsize", "600k"]
    cmd += ["-c:a", "aac", "-b:a", "64k", "-ac", "1", "-ar", "44100"]
    cmd += ["-t", f"{track.duration:.3f}"]
    # Same bytes on every run: one thread, no encoder/version tags, no metadata.
    cmd += ["-threads", "1", "-filter_complex_threads", "1", "-fflags", "+bitexact"]
    cmd += ["-flags:v", "+bitexact", "-flags:a", "+bitexact"]
    cmd += ["-map_metadata", "-1", "-map_chapters", "-1", "-movflags", "+faststart"]
    cmd.append(str(out_file))
    subprocess.run(cmd, check=True)


# -- the toolchain: what decides the bytes ------------------------------------------------


def _run_text(cmd: list[str]) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ffmpeg_versions() -> dict[str, str]:
    """ffmpeg's version, its libraries' runtime versions, and a digest of how it was built."""
    text = _run_text(["ffmpeg", "-hide_banner", "-version"])
    first = re.search(r"^ffmpeg version (\S+)", text, re.MULTILINE)
    versions = {"version": first.group(1) if first else "unknown"}
    for name, runtime in re.findall(r"^(lib\w+)\s+[\d. ]+/\s*([\d. ]+)$", text, re.MULTILINE):
        versions[name] = runtime.replace(" ", "")
    build = [line for line in text.splitlines() if line.startswith(("built with", "configuration"))]
    versions["build_sha256"] = hashlib.sha256("\n".join(build).encode()).hexdigest()[:16]
    return versions


def x264_version() -> str:
    """The x264 build ffmpeg links, as it writes itself into every stream it encodes."""
    cmd = ["ffmpeg", "-hide_banner", "-v", "error", "-f", "lavfi"]
    cmd += ["-i", "color=c=black:s=64x64:d=0.04", "-frames:v", "1", "-c:v", "libx264"]
    stream = subprocess.run([*cmd, "-f", "h264", "-"], check=True, capture_output=True).stdout
    found = re.search(rb"x264 - core (\d+)(?: (r\d+ [0-9a-f]+))?", stream)
    if found is None:
        return "unknown"
    return " ".join(part.decode() for part in found.groups() if part)


def espeak_versions() -> dict[str, str]:
    """espeak-ng's version and a digest of the data the Danish voices speak with."""
    text = _run_text(["espeak-ng", "--version"])
    version = re.search(r"text-to-speech:\s*(\S+)", text)
    data_dir = re.search(r"Data at:\s*(.+?)\s*$", text, re.MULTILINE)
    versions = {"version": version.group(1) if version else "unknown"}
    if data_dir is not None:
        root = Path(data_dir.group(1))
        variants = sorted({v.voice.split("+")[1] for v in VIDEOS if "+" in v.voice})
        names = ["phondata", "phonindex", "phontab", "intonations", "da_dict"]
        names += [f"voices/!v/{variant}" for variant in variants]
        files = [root / name for name in names] + sorted(root.glob("lang/**/da"))
        digest = hashlib.sha256()
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() if path.is_file() else b"(missing)")
        versions["danish_data_sha256"] = digest.hexdigest()[:16]
    return versions


def freetype_version() -> str:
    """The FreeType that draws the titles (ffmpeg's drawtext), or "unknown"."""
    name = ctypes.util.find_library("freetype")
    if name is None:
        return "unknown"
    try:
        lib = ctypes.CDLL(name)
        handle = ctypes.c_void_p()
        if lib.FT_Init_FreeType(ctypes.byref(handle)) != 0:
            return "unknown"
        parts = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
        lib.FT_Library_Version(handle, *(ctypes.byref(part) for part in parts))
        lib.FT_Done_FreeType(handle)
    except (OSError, AttributeError):
        return "unknown"
    return ".".join(str(part.value) for part in parts)


def cpu_features() -> dict[str, object]:
    """The architecture, vendor and SIMD features ffmpeg and x264 dispatch on (Linux)."""
    info: dict[str, object] = {"machine": platform.machine(), "vendor": "unknown", "simd": ""}
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return info
    fields: dict[str, str] = {}
    for line in text.split("\n\n", 1)[0].splitlines():  # the first processor is enough
        key, _, value = line.partition(":")
        fields.setdefault(key.strip(), value.strip())
    if "vendor_id" in fields:
        info["vendor"] = f"{fields['vendor_id']} family {fields.get('cpu family', '?')}"
    flags = set((fields.get("flags") or fields.get("Features") or "").split())
    info["simd"] = " ".join(sorted(flags & SIMD_FLAGS))
    return info


def toolchain() -> dict[str, object]:
    """Everything besides this script that decides the bytes of a rendered video."""
    libc_name, libc_version = platform.libc_ver()
    return {
        "ffmpeg": ffmpeg_versions(),
        "x264": x264_version(),
        "espeak-ng": espeak_versions(),
        "fonts_sha256": {path.name: _sha256(path)[:16] for path in (FONT_REGULAR, FONT_BOLD)},
        "freetype": freetype_version(),
        "libc": f"{libc_name} {libc_version}".strip() or "unknown",
        "cpu": cpu_features(),
    }


def toolchain_differences(here: object, recorded: object, prefix: str = "") -> list[str]:
    """Each setting that differs, as "name: here X, recorded Y" (nested keys dotted)."""
    if isinstance(here, dict) and isinstance(recorded, dict):
        differences: list[str] = []
        for key in sorted(set(here) | set(recorded)):
            differences += toolchain_differences(
                here.get(key), recorded.get(key), f"{prefix}{key}."
            )
        return differences
    if here == recorded:
        return []
    return [f"{prefix.rstrip('.')}: here {here!r}, recorded {recorded!r}"]


def read_build(out: Path) -> dict[str, object] | None:
    path = out / BUILD_FILE
    if not path.is_file():
        return None
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        problem = f"{path} cannot be read ({error}); delete it or render all videos"
        raise SystemExit(problem) from None
    if not isinstance(loaded, dict):
        raise SystemExit(f"{path} is not a JSON object; delete it or render all videos")
    return loaded


def write_build(out: Path, tools: dict[str, object], files: dict[str, str]) -> None:
    record = {"about": BUILD_ABOUT, "toolchain": tools, "files": dict(sorted(files.items()))}
    text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    (out / BUILD_FILE).write_text(text, encoding="utf-8", newline="\n")


def check_pairs(lengths: dict[str, float]) -> None:
    """Print the durations and assert the control videos match the belonging ones."""
    belonging = [v for v in VIDEOS if v.pack == "belonging"]
    control = [v for v in VIDEOS if v.pack == "control"]
    if len(belonging) != len(control):
        raise SystemExit("each belonging video needs a control video of the same length")
    pairs = list(zip(belonging, control, strict=True))
    print("pair  belonging            control              control/belonging")
    for i, (b, c) in enumerate(pairs, start=1):
        ratio = lengths[c.slug] / lengths[b.slug]
        print(
            f"{i:>4}  {b.slug:<10} {lengths[b.slug]:6.2f} s   "
            f"{c.slug:<10} {lengths[c.slug]:6.2f} s   {ratio:5.3f}"
        )
    problems = [
        f"{slug} lasts {seconds:.1f} s; a peer video lasts {MIN_VIDEO_S:g}–{MAX_VIDEO_S:g} s"
        for slug, seconds in lengths.items()
        if not MIN_VIDEO_S <= seconds <= MAX_VIDEO_S
    ]
    for b, c in pairs:
        ratio = lengths[c.slug] / lengths[b.slug]
        if abs(ratio - 1) > PAIR_TOLERANCE:
            problems.append(f"{c.slug} is {ratio:.1%} of {b.slug}; pairs must match within ±10 %")
    if problems:  # not `assert`: the check must also hold under `python3 -O`
        raise SystemExit("length check failed:\n  " + "\n  ".join(problems))


def check_timings(
    videos: list[Video], tracks: dict[str, Soundtrack], files: dict[str, str], work: Path
) -> None:
    """Refuse to write subtitles for recorded videos unless this machine times the speech
    as they were timed: each Danish subtitle file it makes must be the recorded one."""
    problems = []
    for video in videos:
        name = f"{video.pack}/{video.slug}.da.srt"
        probe = work / f"{video.slug}.da.srt"
        write_srt(tracks[video.slug].cues, "da", probe)
        if files.get(name) != _sha256(probe):
            problems.append(name)
    if problems:
        raise SystemExit(
            "the Danish subtitles made here differ from the recorded ones ("
            + ", ".join(problems)
            + "): the Danish script changed, or espeak-ng here times the speech differently "
            "than the recorded videos. Render the videos (without --subtitles-only)."
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="output folder; videos go to OUT/belonging and OUT/control",
    )
    parser.add_argument(
        "--only",
        metavar="NAME",
        choices=[v.slug for v in VIDEOS],
        help="render only this video (all are still synthesised to check lengths)",
    )
    parser.add_argument(
        "--subtitles-only",
        action="store_true",
        help="write the subtitle files only (all languages), keeping the recorded videos",
    )
    parser.add_argument(
        "--toolchain",
        action="store_true",
        help="print this machine's toolchain (what BUILD.json records) and render nothing",
    )
    args = parser.parse_args(argv)
    for tool in ("espeak-ng", "ffmpeg"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed")
    for font in (FONT_REGULAR, FONT_BOLD):
        if not font.is_file():
            raise SystemExit(
                f"the font {font.name} is not installed (looked in "
                f"{', '.join(str(d) for d in FONT_DIRS)}); on Debian/Ubuntu: fonts-dejavu-core"
            )
    tools = toolchain()
    if args.toolchain:
        print(json.dumps(tools, indent=2, ensure_ascii=False))
        return 0
    for video in VIDEOS:
        check_wording(video)
    files: dict[str, str] = {}
    if args.subtitles_only:
        # No video is rendered: the record keeps the toolchain that rendered them.
        build = read_build(args.out)
        if build is None:
            raise SystemExit(
                f"{args.out / BUILD_FILE} is missing: render the videos first "
                "(without --subtitles-only)"
            )
        recorded = build.get("files")
        files = dict(recorded) if isinstance(recorded, dict) else {}
        recorded_tools = build.get("toolchain")
        tools = recorded_tools if isinstance(recorded_tools, dict) else tools
    elif args.only:
        # A partial run adds to the record only when it renders with the recorded toolchain.
        build = read_build(args.out)
        if build is not None:
            differences = toolchain_differences(tools, build.get("toolchain"))
            if differences:
                raise SystemExit(
                    f"{args.out / BUILD_FILE} records another toolchain than this machine's:\n  "
                    + "\n  ".join(differences)
                    + "\nRender all videos (without --only), or render into another --out."
                )
            recorded = build.get("files")
            files = dict(recorded) if isinstance(recorded, dict) else {}

    with tempfile.TemporaryDirectory(prefix="belong-videos-") as tmp:
        work = Path(tmp)
        tracks = {v.slug: build_soundtrack(v, work) for v in VIDEOS}
        lengths = {slug: t.duration for slug, t in tracks.items()}
        check_pairs(lengths)
        chosen = [v for v in VIDEOS if not args.only or v.slug == args.only]
        if args.subtitles_only:
            check_timings(chosen, tracks, files, work)
        for video in chosen:
            folder = args.out / video.pack
            folder.mkdir(parents=True, exist_ok=True)
            track = tracks[video.slug]
            made = [f"{video.slug}.{lang}.srt" for lang in LANGUAGES]
            if not args.subtitles_only:
                render(video, track, work, folder / f"{video.slug}.mp4")
                made.insert(0, f"{video.slug}.mp4")
            for lang in LANGUAGES:
                write_srt(track.cues, lang, folder / f"{video.slug}.{lang}.srt")
            for name in made:
                files[f"{video.pack}/{name}"] = _sha256(folder / name)
            print(f"wrote {folder}: {', '.join(made)} ({track.duration:.2f} s)")
    write_build(args.out, tools, files)
    print(f"wrote {args.out / BUILD_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
