<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="da_DK">
  <context>
    <name>AppearanceBox</name>
    <message>
      <source>Udseende</source>
      <extracomment>The preview's size: big enough to judge the type, small enough for a 1366 × 768 laptop. The keys a radio button uses (arrows move the choice, Space checks it): the control window binds them as application shortcuts for the session (next, previous), which would take them first.</extracomment>
      <translation>Weergave</translation>
    </message>
    <message>
      <source>Tema:</source>
      <translation>Thema:</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standaard</translation>
    </message>
    <message>
      <source>Høj kontrast</source>
      <translation>Hoog contrast</translation>
    </message>
    <message>
      <source>Tema: %1</source>
      <translation>Thema: %1</translation>
    </message>
    <message>
      <source>Høj kontrast: hvid tekst på sort, tydelig markering af det, du står på, og sort-hvide slides på lærredet.</source>
      <translation>Hoog contrast: witte tekst op zwart, een duidelijke markering van waar je staat, en zwart-witte dia's op het scherm.</translation>
    </message>
    <message>
      <source>Tekststørrelse i dette vindue:</source>
      <translation>Tekstgrootte in dit venster:</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Tekststørrelse %1 procent</source>
      <translation>Tekstgrootte %1 procent</translation>
    </message>
    <message>
      <source>Skrift på lærredet:</source>
      <translation>Tekst op het scherm:</translation>
    </message>
    <message>
      <source>Lille</source>
      <translation>Klein</translation>
    </message>
    <message>
      <source>Mellem</source>
      <translation>Middel</translation>
    </message>
    <message>
      <source>Stor</source>
      <translation>Groot</translation>
    </message>
    <message>
      <source>Meget stor</source>
      <translation>Zeer groot</translation>
    </message>
    <message>
      <source>Skrift på lærredet: %1</source>
      <translation>Tekst op het scherm: %1</translation>
    </message>
    <message>
      <source>Sådan ser lærredet ud med den valgte skrift (1280 × 720):</source>
      <translation>Zo ziet het scherm eruit met de gekozen tekstgrootte (1280 × 720):</translation>
    </message>
    <message>
      <source>Eksempel på et slide på lærredet</source>
      <translation>Voorbeeld van een dia op het scherm</translation>
    </message>
    <message>
      <source>Eksempel på koden til at deltage på lærredet</source>
      <translation>Voorbeeld van de code om mee te doen op het scherm</translation>
    </message>
    <message>
      <source>Til rum, hvor bageste række sidder højst %1 gange lærredets højde fra lærredet.</source>
      <translation>Voor zalen waar de achterste rij hooguit %1 keer de hoogte van het scherm van het scherm af zit.</translation>
    </message>
  </context>
  <context>
    <name>AppearanceController</name>
    <message>
      <source>Deltag i sessionen</source>
      <extracomment>The application's font size before any scaling, remembered on the application. A widget's own font size at 100 %, remembered on the widget.</extracomment>
      <translation>Doe mee met de sessie</translation>
    </message>
    <message>
      <source>Velkommen</source>
      <translation>Welkom</translation>
    </message>
    <message>
      <source>Sådan ser teksten ud på lærredet.</source>
      <translation>Zo ziet de tekst eruit op het scherm.</translation>
    </message>
    <message>
      <source>Gemt. Det gælder med det samme.</source>
      <translation>Opgeslagen. Het geldt meteen.</translation>
    </message>
  </context>
  <context>
    <name>Booklet</name>
    <message>
      <source>Breve til nye studerende</source>
      <extracomment>A letter up to this many characters stays on one page (it fits with room to spare).</extracomment>
      <translation>Brieven aan nieuwe studenten</translation>
    </message>
    <message>
      <source>Breve fra studerende til næste års nye studerende</source>
      <translation>Brieven van studenten aan de nieuwe studenten van volgend jaar</translation>
    </message>
    <message>
      <source>{count} breve</source>
      <translation>{count} brieven</translation>
    </message>
    <message>
      <source>Ét brev</source>
      <translation>Eén brief</translation>
    </message>
  </context>
  <context>
    <name>BookletController</name>
    <message>
      <source>Kan klassen se din skærm?</source>
      <translation>Kan de klas je scherm zien?</translation>
    </message>
    <message>
      <source>Det næste, du ser, er elevernes egne breve. Din skærm vises måske på projektoren (én skærm eller spejling), og klassen må ikke se brevene. Sluk projektoren, eller tag kablet ud, før du fortsætter.</source>
      <translation>Wat nu volgt, zijn de eigen brieven van de studenten. Je scherm is misschien op de projector te zien (één scherm of gespiegeld), en de klas mag de brieven niet zien. Zet de projector uit of haal de kabel eruit voordat je verdergaat.</translation>
    </message>
    <message>
      <source>Projektoren viser ikke min skærm – vis brevene</source>
      <translation>De projector toont mijn scherm niet – toon de brieven</translation>
    </message>
    <message>
      <source>Brevhæftet er lukket, fordi din skærm måske vises på projektoren. Dine valg er gemt.</source>
      <translation>Het brievenboekje is gesloten, omdat je scherm misschien op de projector te zien is. Je keuzes zijn opgeslagen.</translation>
    </message>
    <message>
      <source>Henter brevene …</source>
      <translation>Brieven worden opgehaald …</translation>
    </message>
    <message>
      <source>Brev %1 – %2</source>
      <translation>Brief %1 – %2</translation>
    </message>
    <message>
      <source>godkendt</source>
      <translation>goedgekeurd</translation>
    </message>
    <message>
      <source>skjult</source>
      <translation>verborgen</translation>
    </message>
    <message>
      <source>venter</source>
      <translation>in afwachting</translation>
    </message>
    <message>
      <source>%1 udeladt</source>
      <translation>%1 weggelaten</translation>
    </message>
    <message>
      <source>Godkendt: %1 · Skjult: %2 · Venter: %3</source>
      <translation>Goedgekeurd: %1 · Verborgen: %2 · In afwachting: %3</translation>
    </message>
    <message>
      <source>Sæt flueben ved en eller flere afsluttede sessioner.</source>
      <translation>Vink een of meer beëindigde sessies aan.</translation>
    </message>
    <message>
      <source>Ingen breve i de valgte sessioner må deles.</source>
      <translation>Geen enkele brief in de gekozen sessies mag worden gedeeld.</translation>
    </message>
    <message>
      <source>Mulige personoplysninger: %1</source>
      <translation>Mogelijke persoonsgegevens: %1</translation>
    </message>
    <message>
      <source>Ingen mulige personoplysninger fundet.</source>
      <translation>Geen mogelijke persoonsgegevens gevonden.</translation>
    </message>
    <message>
      <source>Skriften i hæftet kan ikke vise: %1</source>
      <translation>Het lettertype van het boekje kan dit niet weergeven: %1</translation>
    </message>
    <message>
      <source>Udelad tekst</source>
      <translation>Tekst weglaten</translation>
    </message>
    <message>
      <source>Brevhæfte</source>
      <translation>Brievenboekje</translation>
    </message>
    <message>
      <source>Gem brevhæftet</source>
      <translation>Brievenboekje opslaan</translation>
    </message>
    <message>
      <source>brevhaefte.pdf</source>
      <translation>brievenboekje.pdf</translation>
    </message>
    <message>
      <source>PDF-filer (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>Laver brevhæftet …</source>
      <translation>Brievenboekje wordt gemaakt …</translation>
    </message>
    <message>
      <source>%1 breve er sat i tilfældig rækkefølge og gemt i %2.</source>
      <translation>%1 brieven zijn in willekeurige volgorde gezet en opgeslagen in %2.</translation>
    </message>
    <message>
      <source>%1 breve venter stadig på at blive gennemgået.</source>
      <translation>%1 brieven moeten nog worden doorgenomen.</translation>
    </message>
    <message>
      <source>Brevhæftet er gemt</source>
      <translation>Brievenboekje opgeslagen</translation>
    </message>
  </context>
  <context>
    <name>BookletView</name>
    <message>
      <source>Brevhæfte til næste års nye studerende</source>
      <translation>Brievenboekje voor de nieuwe studenten van volgend jaar</translation>
    </message>
    <message>
      <source>Mellemrum sætter eller fjerner fluebenet ved en session</source>
      <translation>Spatie zet of verwijdert het vinkje bij een sessie</translation>
    </message>
    <message>
      <source>Brevet</source>
      <translation>De brief</translation>
    </message>
    <message>
      <source>Markér tekst med Skift og piletasterne for at udelade den</source>
      <translation>Selecteer tekst met Shift en de pijltjestoetsen om die weg te laten</translation>
    </message>
    <message>
      <source>Godkend</source>
      <translation>Goedkeuren</translation>
    </message>
    <message>
      <source>Skjul</source>
      <translation>Verbergen</translation>
    </message>
    <message>
      <source>Brevet kommer ikke med i hæftet</source>
      <translation>De brief komt niet in het boekje</translation>
    </message>
    <message>
      <source>Udelad markeret tekst</source>
      <translation>Geselecteerde tekst weglaten</translation>
    </message>
    <message>
      <source>Fortryd udeladelser</source>
      <translation>Weglatingen ongedaan maken</translation>
    </message>
    <message>
      <source>Breve til nye studerende</source>
      <translation>Brieven aan nieuwe studenten</translation>
    </message>
    <message>
      <source>Hæftets titel</source>
      <translation>Titel van het boekje</translation>
    </message>
    <message>
      <source>Lav brevhæfte (PDF) …</source>
      <translation>Brievenboekje maken (PDF) …</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Sessioner</source>
      <translation>Sessies</translation>
    </message>
    <message>
      <source>Breve, der må deles</source>
      <translation>Brieven die gedeeld mogen worden</translation>
    </message>
    <message>
      <source>Titel:</source>
      <translation>Titel:</translation>
    </message>
  </context>
  <context>
    <name>ClassroomController</name>
    <message>
      <source>Siden til de studerende er slået fra i denne udgave.</source>
      <translation>De studentenpagina is in deze versie uitgeschakeld.</translation>
    </message>
    <message>
      <source>Siden til de studerende startes …</source>
      <translation>De studentenpagina wordt gestart …</translation>
    </message>
    <message>
      <source>Siden til de studerende kunne ikke startes: %1</source>
      <translation>De studentenpagina kon niet worden gestart: %1</translation>
    </message>
    <message>
      <source>Starter siden til de studerende …</source>
      <translation>De studentenpagina start op …</translation>
    </message>
  </context>
  <context>
    <name>ControlStrip</name>
    <message>
      <source>Styring</source>
      <extracomment>Pixels between the strip and the top of the screen. At the top, it hides neither the projector's calm timer line nor a video's subtitles, which are both at the bottom.</extracomment>
      <translation>Bediening</translation>
    </message>
    <message>
      <source>←</source>
      <translation>←</translation>
    </message>
    <message>
      <source>Forrige trin (←)</source>
      <translation>Vorige stap (←)</translation>
    </message>
    <message>
      <source>Forrige trin</source>
      <translation>Vorige stap</translation>
    </message>
    <message>
      <source>Næste →</source>
      <translation>Volgende →</translation>
    </message>
    <message>
      <source>Næste trin</source>
      <translation>Volgende stap</translation>
    </message>
    <message>
      <source>QR-kode (J)</source>
      <translation>QR-code (J)</translation>
    </message>
    <message>
      <source>Vis QR-kode og kode på lærredet</source>
      <translation>QR-code en code op het scherm tonen</translation>
    </message>
    <message>
      <source>Afslut</source>
      <translation>Beëindigen</translation>
    </message>
    <message>
      <source>Afslut session</source>
      <translation>Sessie beëindigen</translation>
    </message>
    <message>
      <source>Til startskærmen</source>
      <translation>Naar startscherm</translation>
    </message>
    <message>
      <source>Fuldt vindue …</source>
      <translation>Volledig venster …</translation>
    </message>
    <message>
      <source>Vis noterne og det fulde vindue: kun når klassen ikke kan se skærmen</source>
      <translation>Notities en het volledige venster tonen: alleen als de klas het scherm niet kan zien</translation>
    </message>
    <message>
      <source>Sessionen er afsluttet</source>
      <translation>De sessie is beëindigd</translation>
    </message>
    <message>
      <source>Trin %1 af %2 · %3</source>
      <translation>Stap %1 van %2 · %3</translation>
    </message>
  </context>
  <context>
    <name>ControlWindow</name>
    <message>
      <source>belong-desktop</source>
      <translation>belong-desktop</translation>
    </message>
    <message>
      <source>Velkommen</source>
      <extracomment>How long a line stays in the status bar (an export, texts deleted at start-up). Set by the screen layout: the class sees this window (the shared layout) … … or may see it (one screen or mirroring, also in the private layout). Keys that mean something only while a session runs. Between sessions they are off, so Space presses a focused button and letters search a list (keyboard alone).</extracomment>
      <translation>Welkom</translation>
    </message>
    <message>
      <source>Sessionen er ikke startet: en afvigelse fra kittet kræver en begrundelse.</source>
      <translation>De sessie is niet gestart: een afwijking van de kit vereist een motivering.</translation>
    </message>
    <message>
      <source>Dette er sidste trin. Afslut sessionen med knappen nederst.</source>
      <translation>Dit is de laatste stap. Beëindig de sessie met de knop onderaan.</translation>
    </message>
    <message>
      <source>%1 studerende har skrevet uden at sende endnu. Går du videre nu, gemmes deres tekst som ikke sendt. Vil du gå videre nu? (Nej: vent lidt på dem.)</source>
      <translation>%1 studenten hebben geschreven maar nog niet verstuurd. Als je nu verdergaat, wordt hun tekst opgeslagen als niet verstuurd. Nu verdergaan? (Nee: nog even op ze wachten.)</translation>
    </message>
    <message>
      <source>Nogle skriver stadig</source>
      <translation>Sommigen schrijven nog</translation>
    </message>
    <message>
      <source>Note gemt kl. %1</source>
      <translation>Notitie opgeslagen om %1</translation>
    </message>
    <message>
      <source>Vil du afslutte sessionen nu?</source>
      <translation>De sessie nu beëindigen?</translation>
    </message>
    <message>
      <source>%1 breve er ikke sendt. De gemmes som ikke sendt og tæller ikke som svar.</source>
      <translation>%1 brieven zijn niet verstuurd. Ze worden opgeslagen als niet verstuurd en tellen niet als antwoord.</translation>
    </message>
    <message>
      <source>Afslut session</source>
      <translation>Sessie beëindigen</translation>
    </message>
    <message>
      <source>Afsluttet før tid</source>
      <translation>Voortijdig beëindigd</translation>
    </message>
    <message>
      <source>Sessionen slutter før sidste trin. Skriv kort hvorfor (til loggen):</source>
      <translation>De sessie eindigt vóór de laatste stap. Schrijf kort waarom (voor het logboek):</translation>
    </message>
    <message>
      <source>Alle enheder starter forfra som nye, anonyme deltagere. Det, der allerede er sendt, er gemt. Vil du nulstille?</source>
      <translation>Alle apparaten beginnen opnieuw als nieuwe, anonieme deelnemers. Wat al verstuurd is, blijft bewaard. Alle apparaten resetten?</translation>
    </message>
    <message>
      <source>Nulstil alle enheder</source>
      <translation>Alle apparaten resetten</translation>
    </message>
    <message>
      <source>Næste: %1/%2 · %3
%4</source>
      <translation>Volgende: %1/%2 · %3
%4</translation>
    </message>
    <message>
      <source>Dette er sidste trin.</source>
      <translation>Dit is de laatste stap.</translation>
    </message>
    <message>
      <source>Skjul resultatet på lærredet (R)</source>
      <translation>Resultaat op het scherm verbergen (R)</translation>
    </message>
    <message>
      <source>Vis resultatet på lærredet (R)</source>
      <translation>Resultaat op het scherm tonen (R)</translation>
    </message>
    <message>
      <source>Resultatet kan vises, når %1 har svaret (%2 indtil nu)</source>
      <translation>Het resultaat kan worden getoond zodra %1 studenten hebben geantwoord (%2 tot nu toe)</translation>
    </message>
    <message>
      <source>Det lykkedes ikke</source>
      <translation>Dat is niet gelukt</translation>
    </message>
  </context>
  <context>
    <name>CrashNotice</name>
    <message>
      <source>Uventet fejl</source>
      <translation>Onverwachte fout</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Ja</source>
      <extracomment>The words of Qt's standard buttons where ``qtbase_&lt;lang&gt;.qm`` does not exist (nb): ours, translated in our own catalogue (context ``Dialogs``).</extracomment>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Nej</source>
      <translation>Nee</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Annuller</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Gem</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Åbn</source>
      <translation>Openen</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Holdets kode »%1« kan ikke bruges. Brug 1–32 bogstaver, tal, mellemrum, punktum, bindestreg eller understreg.</source>
      <extracomment>code → (Danish source text, the params that fill %1, %2, …).</extracomment>
      <translation>De groepscode ‘%1’ kan niet worden gebruikt. Gebruik 1–32 letters, cijfers, spaties, punten, streepjes of underscores.</translation>
    </message>
    <message>
      <source>Pakken findes ikke på sproget »%1«. Den har: %2.</source>
      <translation>Het pakket bestaat niet in de taal ‘%1’. Beschikbaar: %2.</translation>
    </message>
    <message>
      <source>Skriv noget i noten først.</source>
      <translation>Schrijf eerst iets in de notitie.</translation>
    </message>
    <message>
      <source>En note kan højst have %1 tegn; denne har %2.</source>
      <translation>Een notitie mag hoogstens %1 tekens hebben; deze heeft er %2.</translation>
    </message>
    <message>
      <source>Dette er sidste trin. Afslut sessionen med knappen nederst.</source>
      <translation>Dit is de laatste stap. Beëindig de sessie met de knop onderaan.</translation>
    </message>
    <message>
      <source>Dette er første trin.</source>
      <translation>Dit is de eerste stap.</translation>
    </message>
    <message>
      <source>Sessionen kører ikke længere, så det kan ikke gøres nu.</source>
      <translation>De sessie loopt niet meer, dus dit kan nu niet.</translation>
    </message>
    <message>
      <source>Sessionen er allerede startet.</source>
      <translation>De sessie is al gestart.</translation>
    </message>
    <message>
      <source>Sessionen er ikke afsluttet endnu.</source>
      <translation>De sessie is nog niet beëindigd.</translation>
    </message>
    <message>
      <source>Sessionen er eksporteret; dens noter kan ikke ændres.</source>
      <translation>De sessie is geëxporteerd; de notities ervan kunnen niet meer worden gewijzigd.</translation>
    </message>
    <message>
      <source>Indholdspakken i %1 kan ikke bruges (%2 fejl). Kommandoen »belong-desktop packs validate« viser dem.</source>
      <translation>Het inhoudspakket in %1 kan niet worden gebruikt (%2 fouten). De opdracht ‘belong-desktop packs validate’ toont ze.</translation>
    </message>
    <message>
      <source>Der blev valgt en mappe. Skriv et filnavn, og prøv igen.</source>
      <translation>Er is een map gekozen. Typ een bestandsnaam en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>Mappen findes ikke. Vælg en anden mappe, og prøv igen.</source>
      <translation>De map bestaat niet. Kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>Filen %1 kunne ikke skrives (er der plads, og må du skrive der?). Intet halvt skrevet er efterladt. Vælg et andet sted, og prøv igen.</source>
      <translation>Het bestand %1 kon niet worden geschreven (is er ruimte, en heb je daar schrijfrechten?). Er is niets half geschreven achtergebleven. Kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>Skrifttypen %1 mangler, så dokumentet kan ikke laves. Installér belong-desktop igen.</source>
      <translation>Het lettertype %1 ontbreekt, dus het document kan niet worden gemaakt. Installeer belong-desktop opnieuw.</translation>
    </message>
    <message>
      <source>Indholdspakken »%1« findes ikke.</source>
      <translation>Het inhoudspakket ‘%1’ bestaat niet.</translation>
    </message>
    <message>
      <source>Sessionen blev kørt med pakken %1 %2, men %3 indeholder nu en anden udgave, så den kan ikke genoptages. Afslut den med »belong-desktop session end«.</source>
      <translation>De sessie is gehouden met het pakket %1 %2, maar %3 bevat nu een andere versie, dus de sessie kan niet worden hervat. Beëindig de sessie met ‘belong-desktop session end’.</translation>
    </message>
    <message>
      <source>Pakken %1, som sessionen blev kørt med, kan ikke længere indlæses fra %2, så sessionen kan ikke genoptages. Afslut den med »belong-desktop session end«.</source>
      <translation>Het pakket %1 waarmee de sessie is gehouden, kan niet meer worden geladen uit %2, dus de sessie kan niet worden hervat. Beëindig de sessie met ‘belong-desktop session end’.</translation>
    </message>
    <message>
      <source>Sessionen findes ikke længere.</source>
      <translation>De sessie bestaat niet meer.</translation>
    </message>
    <message>
      <source>%1 er ikke en database fra belong-desktop, så programmet åbner den ikke, og filen er ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %2). Start derefter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en sikkerhedskopi af databasen tilbage.</source>
      <translation>%1 is geen database van belong-desktop, dus het programma opent het bestand niet en heeft het niet gewijzigd. Verwijder het niet: bewaar een kopie op een veilige plek (bijv. %2). Start daarna met een nieuwe gegevensmap (--data-dir of BELONG_DATA_DIR), of zet een back-up van de database terug.</translation>
    </message>
    <message>
      <source>%1 er skrevet af en nyere udgave af belong-desktop. Opdatér programmet for at åbne den; filen er ikke ændret.</source>
      <translation>%1 is geschreven door een nieuwere versie van belong-desktop. Werk het programma bij om het bestand te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
      <source>Databasen kan ikke oprettes i %1.</source>
      <translation>De database kan niet worden aangemaakt in %1.</translation>
    </message>
    <message>
      <source>Databasen %1 kan ikke opdateres til denne udgave. Filen er ikke ændret.</source>
      <translation>De database %1 kan niet worden bijgewerkt naar deze versie. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
      <source>Disken med databasen (%1) er fuld, så det blev ikke gemt. Slet filer, du ikke skal bruge, og prøv igen. Alt, der er gemt før, er i orden, og de studerendes sider beholder deres tekst og prøver igen af sig selv.</source>
      <translation>De schijf met de database (%1) is vol, dus dit is niet opgeslagen. Verwijder bestanden die niet meer nodig zijn en probeer het opnieuw. Alles wat eerder is opgeslagen, is in orde, en de pagina’s van de studenten houden hun tekst vast en proberen het vanzelf opnieuw.</translation>
    </message>
    <message>
      <source>Databasen %1 kan ikke skrives lige nu, så det blev ikke gemt. Alt, der er gemt før, er i orden. Prøv igen; detaljerne står i logfilen.</source>
      <translation>Er kan nu niet naar de database %1 worden geschreven, dus dit is niet opgeslagen. Alles wat eerder is opgeslagen, is in orde. Probeer het opnieuw; de details staan in het logbestand.</translation>
    </message>
    <message>
      <source>Databasen %1 er beskadiget (%2), så programmet åbner den ikke, og filen er ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %3). Start derefter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en sikkerhedskopi af databasen tilbage.</source>
      <translation>De database %1 is beschadigd (%2), dus het programma opent het bestand niet en heeft het niet gewijzigd. Verwijder het niet: bewaar een kopie op een veilige plek (bijv. %3). Start daarna met een nieuwe gegevensmap (--data-dir of BELONG_DATA_DIR), of zet een back-up van de database terug.</translation>
    </message>
    <message>
      <source>Kopien %1 kunne ikke laves (måske er disken fuld, eller filen findes allerede). Den beskadigede fil er ikke ændret; kopiér den selv et sikkert sted hen.</source>
      <translation>De kopie %1 kon niet worden gemaakt (misschien is de schijf vol of bestaat het bestand al). Het beschadigde bestand is niet gewijzigd; kopieer het zelf naar een veilige plek.</translation>
    </message>
    <message>
      <source>Porten (%1) er optaget af et andet program. Vælg en anden port, eller lad den stå på automatisk.</source>
      <translation>De poort (%1) is bezet door een ander programma. Kies een andere poort of laat hem op automatisch staan.</translation>
    </message>
    <message>
      <source>Siden kan ikke nås på %1. Vælg et andet netværk eller en anden port.</source>
      <translation>De pagina is niet bereikbaar op %1. Kies een ander netwerk of een andere poort.</translation>
    </message>
    <message>
      <source>Siden kunne ikke startes. Detaljerne står i logfilen.</source>
      <translation>De pagina kon niet worden gestart. De details staan in het logbestand.</translation>
    </message>
    <message>
      <source>Videoerne kan ikke afspilles med %1 på denne computer. Fjern indstillingen BELONG_VIDEO_BACKEND, så vælger programmet selv, eller installér VLC.</source>
      <translation>De video’s kunnen op deze computer niet worden afgespeeld met %1. Verwijder de instelling BELONG_VIDEO_BACKEND, dan kiest het programma zelf, of installeer VLC.</translation>
    </message>
    <message>
      <source>BELONG_VIDEO_BACKEND=%1 kendes ikke; brug vlc eller qt, eller fjern indstillingen.</source>
      <translation>BELONG_VIDEO_BACKEND=%1 is onbekend; gebruik vlc of qt, of verwijder de instelling.</translation>
    </message>
    <message>
      <source>Hastigheden skal være over 0 og højst 1.000.000.</source>
      <translation>De snelheid moet groter zijn dan 0 en hoogstens 1.000.000.</translation>
    </message>
    <message>
      <source>Filen kan ikke bruges som kit fra ministeriet. Kittet, der er i brug, er uændret.</source>
      <translation>Het bestand kan niet worden gebruikt als kit van het ministerie. De kit die in gebruik is, is niet gewijzigd.</translation>
    </message>
    <message>
      <source>Filen er ikke et kit fra ministeriet (den er ikke en kit-fil). Kittet, der er i brug, er uændret.</source>
      <translation>Het bestand is geen kit van het ministerie (het is geen kitbestand). De kit die in gebruik is, is niet gewijzigd.</translation>
    </message>
    <message>
      <source>Filen er ikke et kit til belong-desktop. Kittet, der er i brug, er uændret.</source>
      <translation>Het bestand is geen kit voor belong-desktop. De kit die in gebruik is, is niet gewijzigd.</translation>
    </message>
    <message>
      <source>Kittet er lavet til en nyere udgave af belong-desktop. Opdatér programmet, og indlæs kittet igen.</source>
      <translation>De kit is gemaakt voor een nieuwere versie van belong-desktop. Werk het programma bij en laad de kit opnieuw.</translation>
    </message>
    <message>
      <source>Kittet bruger en indholdspakke, som ikke findes på denne computer: %1. Tilføj pakken, og indlæs kittet igen.</source>
      <translation>De kit gebruikt een inhoudspakket dat niet op deze computer staat: %1. Voeg het pakket toe en laad de kit opnieuw.</translation>
    </message>
    <message>
      <source>Ministeriets nøgle i kittet kan ikke bruges (en modtagernøgle begynder med age1). Bed ministeriet om kittet igen.</source>
      <translation>De sleutel van het ministerie in de kit kan niet worden gebruikt (een ontvangersleutel begint met age1). Vraag het ministerie opnieuw om de kit.</translation>
    </message>
    <message>
      <source>Holdet »%1« står ikke i kittet %2. Vælg en pakke, og skriv hvorfor holdet er med.</source>
      <translation>De groep ‘%1’ staat niet in de kit %2. Kies een pakket en schrijf waarom de groep meedoet.</translation>
    </message>
    <message>
      <source>Skriv en begrundelse på mindst %1 tegn, når du afviger fra kittet.</source>
      <translation>Schrijf een motivering van minstens %1 tekens als je van de kit afwijkt.</translation>
    </message>
    <message>
      <source>Vælg en indholdspakke.</source>
      <translation>Kies een inhoudspakket.</translation>
    </message>
    <message>
      <source>Vælg mellem %1 og %2 enheder pr. session.</source>
      <translation>Kies tussen %1 en %2 apparaten per sessie.</translation>
    </message>
    <message>
      <source>Det valg findes ikke. Vælg et af dem, siden viser.</source>
      <translation>Die keuze bestaat niet. Kies een van de keuzes op de pagina.</translation>
    </message>
    <message>
      <source>Vælg mellem 1 og 3650 dage, eller slå den automatiske sletning fra.</source>
      <translation>Kies tussen 1 en 3650 dagen, of zet het automatisch verwijderen uit.</translation>
    </message>
    <message>
      <source>Vælg et af sprogene på listen (%1).</source>
      <translation>Kies een van de talen in de lijst (%1).</translation>
    </message>
    <message>
      <source>Det sprog findes ikke her: vælg dansk, engelsk, norsk eller nederlandsk.</source>
      <translation>Die taal is hier niet beschikbaar: kies Deens, Engels, Noors of Nederlands.</translation>
    </message>
    <message>
      <source>Beslutningen kunne ikke gemmes.</source>
      <translation>De beslissing kon niet worden opgeslagen.</translation>
    </message>
    <message>
      <source>Teksterne kan gennemgås, når sessionen er afsluttet.</source>
      <translation>De teksten kunnen worden doorgenomen als de sessie is beëindigd.</translation>
    </message>
    <message>
      <source>Teksten findes ikke længere i sessionen.</source>
      <translation>De tekst bestaat niet meer in de sessie.</translation>
    </message>
    <message>
      <source>Teksten er ændret, siden den blev vist. Den vises igen, som den er nu.</source>
      <translation>De tekst is gewijzigd sinds hij werd getoond. Hij wordt opnieuw getoond zoals hij nu is.</translation>
    </message>
    <message>
      <source>Eksporten blev ikke gennemført. Intet er ændret.</source>
      <translation>De export is niet uitgevoerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>Kun en afsluttet session kan eksporteres. Afslut den først.</source>
      <translation>Alleen een beëindigde sessie kan worden geëxporteerd. Beëindig de sessie eerst.</translation>
    </message>
    <message>
      <source>Der er intet kit fra ministeriet på denne computer, så filen kan ikke krypteres til ministeriet. Indlæs kittet under Indstillinger, og eksportér derefter.</source>
      <translation>Er staat geen kit van het ministerie op deze computer, dus het bestand kan niet voor het ministerie worden versleuteld. Laad de kit bij Instellingen en exporteer daarna.</translation>
    </message>
    <message>
      <source>%1 mulige personoplysninger er ikke gennemgået endnu. Gennemgå dem før eksporten.</source>
      <translation>%1 mogelijke persoonsgegevens zijn nog niet doorgenomen. Neem ze door vóór de export.</translation>
    </message>
    <message>
      <source>Filen kunne ikke skrives i mappen %1 (er der plads, og må du skrive der?). Intet halvt skrevet er efterladt. Vælg en anden mappe, og prøv igen.</source>
      <translation>Het bestand kon niet in de map %1 worden geschreven (is er ruimte, en heb je daar schrijfrechten?). Er is niets half geschreven achtergebleven. Kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>Teksterne kan først slettes, når sessionen er eksporteret.</source>
      <translation>De teksten kunnen pas worden verwijderd als de sessie is geëxporteerd.</translation>
    </message>
    <message>
      <source>Sessionen blev aldrig startet, så der er ikke noget at skrive en rapport om.</source>
      <translation>De sessie is nooit gestart, dus er is niets om een rapport over te maken.</translation>
    </message>
    <message>
      <source>Rapporten findes på dansk, engelsk, norsk og nederlandsk.</source>
      <translation>Het rapport is beschikbaar in het Deens, Engels, Noors en Nederlands.</translation>
    </message>
    <message>
      <source>Brevhæftet kunne ikke laves.</source>
      <translation>Het brievenboekje kon niet worden gemaakt.</translation>
    </message>
    <message>
      <source>Vælg mindst én afsluttet session.</source>
      <translation>Kies minstens één beëindigde sessie.</translation>
    </message>
    <message>
      <source>Brevene kan først gennemgås, når sessionen er afsluttet.</source>
      <translation>De brieven kunnen pas worden doorgenomen als de sessie is beëindigd.</translation>
    </message>
    <message>
      <source>Det er ikke et brev, som skribenten har sagt ja til at dele.</source>
      <translation>De schrijver heeft niet ingestemd met het delen van deze brief.</translation>
    </message>
    <message>
      <source>Markér de ord i brevet, der skal udelades.</source>
      <translation>Selecteer de woorden in de brief die moeten worden weggelaten.</translation>
    </message>
    <message>
      <source>Intet brev er godkendt endnu, så der er intet at trykke. %1 breve venter på at blive gennemgået.</source>
      <translation>Er is nog geen brief goedgekeurd, dus er valt niets af te drukken. %1 brieven moeten nog worden doorgenomen.</translation>
    </message>
    <message>
      <source>Sessionerne er kørt med forskellige pakker. Lav ét brevhæfte for hver pakke.</source>
      <translation>De sessies zijn met verschillende pakketten gehouden. Maak één brievenboekje per pakket.</translation>
    </message>
    <message>
      <source>Port %1 var optaget, så siden kører nu på port %2. Enheder, der allerede var med, skal scanne QR-koden igen.</source>
      <extracomment>What the class panel says about how the student page was served (JoinInfo.warning_code).</extracomment>
      <translation>Poort %1 was bezet, dus de pagina draait nu op poort %2. Apparaten die al meededen, moeten de QR-code opnieuw scannen.</translation>
    </message>
    <message>
      <source>Computeren er ikke på noget netværk: kun den selv kan åbne siden. Forbind til klassens trådløse net, og start sessionen igen.</source>
      <translation>De computer is met geen enkel netwerk verbonden: alleen de computer zelf kan de pagina openen. Maak verbinding met de wifi van het lokaal en start de sessie opnieuw.</translation>
    </message>
    <message>
      <source>Det lykkedes ikke (fejlkode %1). Alt, der er gemt, er i orden.</source>
      <translation>Dat is niet gelukt (foutcode %1). Alles wat is opgeslagen, is in orde.</translation>
    </message>
    <message>
      <source>Der skete en uventet fejl. Sessionen og alt, hvad der er gemt, er i orden; du kan fortsætte. Detaljerne står i logfilen.</source>
      <translation>Er is een onverwachte fout opgetreden. De sessie en alles wat is opgeslagen, zijn in orde; je kunt doorgaan. De details staan in het logbestand.</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <source>Intet kit fra ministeriet</source>
      <extracomment>True while the laptop's screen may be on the projector (one screen, mirrored).</extracomment>
      <translation>Geen kit van het ministerie</translation>
    </message>
    <message>
      <source>Leder efter personoplysninger i teksterne …</source>
      <translation>Teksten worden doorzocht op persoonsgegevens …</translation>
    </message>
    <message>
      <source>Eksporten venter. Det, du har besluttet i gennemgangen, er gemt; resten kan du gennemgå senere.</source>
      <translation>De export wacht. Wat je bij het doornemen hebt besloten, is opgeslagen; de rest kun je later doornemen.</translation>
    </message>
    <message>
      <source>Vælg mappen til eksporten</source>
      <translation>Kies de map voor de export</translation>
    </message>
    <message>
      <source>Eksporten er ikke lavet: der blev ikke valgt en mappe.</source>
      <translation>De export is niet gemaakt: er is geen map gekozen.</translation>
    </message>
    <message>
      <source>Eksporterer og krypterer …</source>
      <translation>Exporteren en versleutelen …</translation>
    </message>
    <message>
      <source>Eksporteret: %1</source>
      <translation>Geëxporteerd: %1</translation>
    </message>
    <message>
      <source>Slet elevernes tekster i denne session fra computeren nu? Eksportfilen, kvitteringen og sessionens log bliver. Det kan ikke fortrydes.</source>
      <translation>De teksten van de studenten in deze sessie nu van de computer verwijderen? Het exportbestand, het ontvangstbewijs en het logboek van de sessie blijven bewaard. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <source>Eksporten er gemt.</source>
      <translation>De export is opgeslagen.</translation>
    </message>
    <message>
      <source>Slet tekster fra denne computer</source>
      <translation>Teksten van deze computer verwijderen</translation>
    </message>
    <message>
      <source>Slet teksterne</source>
      <translation>Teksten verwijderen</translation>
    </message>
    <message>
      <source>Sletter teksterne …</source>
      <translation>Teksten worden verwijderd …</translation>
    </message>
    <message>
      <source>Teksterne er slettet fra denne computer (%1 svar).</source>
      <translation>De teksten zijn van deze computer verwijderd (%1 antwoorden).</translation>
    </message>
    <message>
      <source>Teksterne blev ikke slettet</source>
      <translation>De teksten zijn niet verwijderd</translation>
    </message>
    <message>
      <source>Elevernes tekster er slettet fra %1 eksporterede sessioner, som indstillingen for sletning efter eksport siger.</source>
      <translation>De teksten van de studenten zijn verwijderd uit %1 geëxporteerde sessies, zoals de instelling voor verwijderen na export aangeeft.</translation>
    </message>
    <message>
      <source>De gamle tekster kunne ikke slettes automatisk: %1</source>
      <translation>De oude teksten konden niet automatisch worden verwijderd: %1</translation>
    </message>
    <message>
      <source>Eksporten lykkedes ikke</source>
      <translation>De export is mislukt</translation>
    </message>
  </context>
  <context>
    <name>ExportResultDialog</name>
    <message>
      <source>Eksporteret</source>
      <translation>Geëxporteerd</translation>
    </message>
    <message>
      <source>✓ Sessionen er eksporteret</source>
      <translation>✓ De sessie is geëxporteerd</translation>
    </message>
    <message>
      <source>Fil</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Mappe</source>
      <translation>Map</translation>
    </message>
    <message>
      <source>Krypteret til</source>
      <translation>Versleuteld voor</translation>
    </message>
    <message>
      <source>Indhold</source>
      <translation>Inhoud</translation>
    </message>
    <message>
      <source>Vis mappe</source>
      <translation>Map tonen</translation>
    </message>
    <message>
      <source>Åbner mappen med den eksporterede fil</source>
      <translation>Opent de map met het geëxporteerde bestand</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>%1 enheder, %2 sendte tekster, %3 ikke sendt ved afslutningen</source>
      <translation>%1 apparaten, %2 verstuurde teksten, %3 niet verstuurd bij het einde</translation>
    </message>
    <message>
      <source>%1 svar i afstemningen, %2 noter i loggen</source>
      <translation>%1 antwoorden in de peiling, %2 notities in het logboek</translation>
    </message>
    <message>
      <source>%1 personoplysninger skjult</source>
      <translation>%1 persoonsgegevens verborgen</translation>
    </message>
    <message>
      <source>Filen er krypteret: kun ministeriet kan åbne den. Send den, som ministeriet har bedt om (fx via sikker upload).</source>
      <translation>Het bestand is versleuteld: alleen het ministerie kan het openen. Stuur het zoals het ministerie heeft gevraagd (bijv. via een beveiligde upload).</translation>
    </message>
    <message>
      <source>Det er eksport nr. %1 af sessionen; ministeriet bruger den nyeste.</source>
      <translation>Dit is export nr. %1 van deze sessie; het ministerie gebruikt de nieuwste.</translation>
    </message>
  </context>
  <context>
    <name>FacilitatorScript</name>
    <message>
      <source>Drejebog</source>
      <translation>Draaiboek</translation>
    </message>
    <message>
      <source>Drejebog for studievejlederen – timens plan trin for trin</source>
      <translation>Draaiboek voor de studieadviseur – het lesuur stap voor stap</translation>
    </message>
    <message>
      <source>Indholdspakke</source>
      <translation>Inhoudspakket</translation>
    </message>
    <message>
      <source>{id}, version {version}</source>
      <translation>{id}, versie {version}</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Planlagt varighed</source>
      <translation>Geplande duur</translation>
    </message>
    <message>
      <source>{minutes} min i {steps} trin</source>
      <translation>{minutes} min in {steps} stappen</translation>
    </message>
    <message>
      <source>Tekster, der ikke er sendt</source>
      <translation>Niet-verstuurde teksten</translation>
    </message>
    <message>
      <source>gemmes anonymt på computeren, mens de skriver</source>
      <translation>worden tijdens het schrijven anoniem op de computer opgeslagen</translation>
    </message>
    <message>
      <source>bliver på de studerendes enheder, til de trykker Send</source>
      <translation>blijven op de apparaten van de studenten tot ze op Versturen drukken</translation>
    </message>
    <message>
      <source>Husk</source>
      <translation>Denk eraan</translation>
    </message>
    <message>
      <source>Kald ikke timen en intervention eller et trivselskursus, og sig ikke, at den skal hjælpe de studerende eller gøre noget for dem: vi vil gerne lære af studerendes erfaringer. Alt, de skriver, er anonymt, og ingen skal læse noget op.</source>
      <translation>Noem het lesuur geen interventie of welzijnscursus, en zeg niet dat het bedoeld is om de studenten te helpen of iets voor ze te doen: we willen leren van de ervaringen van studenten. Alles wat ze schrijven, is anoniem, en niemand hoeft iets voor te lezen.</translation>
    </message>
    <message>
      <source>Timen på én side</source>
      <translation>Het lesuur op één pagina</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Stap</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Min.</source>
      <translation>Min.</translation>
    </message>
    <message>
      <source>Klokken</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <source>I alt</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <source>Klokken tæller fra timens start (0:00), når du starter sessionen.</source>
      <translation>De tijd telt vanaf het begin van het lesuur (0:00), wanneer je de sessie start.</translation>
    </message>
    <message>
      <source>Før timen</source>
      <translation>Vóór het lesuur</translation>
    </message>
    <message>
      <source>Sæt kryds, når det er gjort. Kom gerne et kvarter før.</source>
      <translation>Vink af wat klaar is. Kom liefst een kwartier van tevoren.</translation>
    </message>
    <message>
      <source>Lokalet: stole og borde, lys der kan dæmpes, og en plads til dig, hvor du kan se lærredet og din skærm.</source>
      <translation>Het lokaal: stoelen en tafels, licht dat gedimd kan worden, en een plek voor jezelf waar je het grote scherm en je eigen scherm kunt zien.</translation>
    </message>
    <message>
      <source>Projektoren: test den i spejlet og i udvidet tilstand, og se, at lærredsvinduet kommer op på det store lærred (F5 skifter fuld skærm).</source>
      <translation>De projector: test in gespiegelde en in uitgebreide modus, en controleer of het projectorvenster op het grote scherm verschijnt (F5 schakelt volledig scherm in en uit).</translation>
    </message>
    <message>
      <source>Lyden: test den med den første video ({video}), så den kan høres bagerst i lokalet.</source>
      <translation>Het geluid: test het met de eerste video ({video}), zodat het achter in het lokaal te horen is.</translation>
    </message>
    <message>
      <source>Netværket: computeren på det netværk, de studerendes telefoner og computere bruger (lokalets trådløse net).</source>
      <translation>Het netwerk: de computer op het netwerk dat de telefoons en laptops van de studenten gebruiken (de wifi van het lokaal).</translation>
    </message>
    <message>
      <source>Adgangskoden: start programmet, åbn siden med QR-kode, adresse og kode (J), og prøv selv at komme ind med en telefon.</source>
      <translation>De toegangscode: start het programma, open de pagina met QR-code, adres en code (J), en probeer zelf met een telefoon binnen te komen.</translation>
    </message>
    <message>
      <source>Enhederne: de studerendes telefoner eller computere opladet – eller lokalets computere tændt og logget ind.</source>
      <translation>De apparaten: de telefoons of laptops van de studenten opgeladen – of de computers in het lokaal aan en ingelogd.</translation>
    </message>
    <message>
      <source>Skrivningen: alle kan skrive på en telefon eller et tastatur; hav et par ekstra enheder eller papir parat til den, der mangler.</source>
      <translation>Het schrijven: iedereen kan typen op een telefoon of een toetsenbord; houd een paar extra apparaten of papier klaar voor wie er geen heeft.</translation>
    </message>
    <message>
      <source>Støtte: de lokale kontaktoplysninger, du vil nævne til sidst (studievejledning, Studenterrådgivningen).</source>
      <translation>Ondersteuning: de lokale contactgegevens die je aan het eind noemt (studieadviseur, studentenpsycholoog).</translation>
    </message>
    <message>
      <source>Trin for trin</source>
      <translation>Stap voor stap</translation>
    </message>
    <message>
      <source>{number}. {headline}</source>
      <translation>{number}. {headline}</translation>
    </message>
    <message>
      <source>{kind} · {minutes} min · klokken {clock} · trin-id {id}</source>
      <translation>{kind} · {minutes} min · tijd {clock} · stap-id {id}</translation>
    </message>
    <message>
      <source>Sig og gør</source>
      <translation>Zeggen en doen</translation>
    </message>
    <message>
      <source>Lærredet viser</source>
      <translation>Het grote scherm toont</translation>
    </message>
    <message>
      <source>De studerendes skærme viser</source>
      <translation>De schermen van de studenten tonen</translation>
    </message>
    <message>
      <source>Video: {file}, med undertekster på {subtitle_language} ({subtitles}).</source>
      <translation>Video: {file}, met ondertiteling in het {subtitle_language} ({subtitles}).</translation>
    </message>
    <message>
      <source>Video: {file}.</source>
      <translation>Video: {file}.</translation>
    </message>
    <message>
      <source>Svarmuligheder:</source>
      <translation>Antwoordopties:</translation>
    </message>
    <message>
      <source>Resultatet kan vises på lærredet (R), når mindst {minimum} har svaret.</source>
      <translation>Het resultaat kan op het grote scherm worden getoond (R) zodra minstens {minimum} studenten hebben geantwoord.</translation>
    </message>
    <message>
      <source>Skriveopgaven:</source>
      <translation>De schrijfopdracht:</translation>
    </message>
    <message>
      <source>Under opgaven: et skrivefelt og knappen Send.</source>
      <translation>Onder de opdracht: een tekstvak en de knop Versturen.</translation>
    </message>
    <message>
      <source>Spørgsmålet under brevet (ja/nej): {question}</source>
      <translation>De vraag onder de brief (ja/nee): {question}</translation>
    </message>
    <message>
      <source>Besked</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Afstemning</source>
      <translation>Peiling</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Reflectie</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Brief</translation>
    </message>
    <message>
      <source>Afslutning</source>
      <translation>Afsluiting</translation>
    </message>
    <message>
      <source>dansk</source>
      <translation>Deens</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>Engels</translation>
    </message>
    <message>
      <source>norsk</source>
      <translation>Noors</translation>
    </message>
    <message>
      <source>nederlandsk</source>
      <translation>Nederlands</translation>
    </message>
  </context>
  <context>
    <name>HelpOverlay</name>
    <message>
      <source>Mellemrum / → / PageDown</source>
      <translation>Spatie / → / PageDown</translation>
    </message>
    <message>
      <source>Næste trin (på sort lærred eller QR-koden: vis trinnet)</source>
      <translation>Volgende stap (bij een zwart scherm of de QR-code: de stap tonen)</translation>
    </message>
    <message>
      <source>← / PageUp</source>
      <translation>← / PageUp</translation>
    </message>
    <message>
      <source>Forrige trin</source>
      <translation>Vorige stap</translation>
    </message>
    <message>
      <source>Sort lærred / vis lærredet igen</source>
      <translation>Zwart scherm / het scherm weer tonen</translation>
    </message>
    <message>
      <source>Vis resultatet af afstemningen (når nok har svaret)</source>
      <translation>Het resultaat van de peiling tonen (als genoeg mensen hebben geantwoord)</translation>
    </message>
    <message>
      <source>Pause / afspil video</source>
      <translation>Video pauzeren / afspelen</translation>
    </message>
    <message>
      <source>Projektor i fuld skærm</source>
      <translation>Projector op volledig scherm</translation>
    </message>
    <message>
      <source>Forlad tekstfeltet / fuld skærm / luk denne hjælp</source>
      <translation>Tekstveld / volledig scherm verlaten / dit overzicht sluiten</translation>
    </message>
    <message>
      <source>Skriv en note (Enter gemmer og går tilbage til sessionen)</source>
      <translation>Een notitie schrijven (Enter slaat op en gaat terug naar de sessie)</translation>
    </message>
    <message>
      <source>Vis titelbilledet på projektoren igen</source>
      <translation>De titeldia opnieuw op de projector tonen</translation>
    </message>
    <message>
      <source>Vis QR-kode og kode på projektoren / tilbage til trinnet</source>
      <translation>QR-code en code op de projector tonen / terug naar de stap</translation>
    </message>
    <message>
      <source>Til næste knap; Enter trykker på den</source>
      <translation>Naar de volgende knop; Enter drukt erop</translation>
    </message>
    <message>
      <source>Vis / skjul genveje</source>
      <translation>Sneltoetsen tonen / verbergen</translation>
    </message>
    <message>
      <source>Tastaturgenveje</source>
      <translation>Sneltoetsen</translation>
    </message>
  </context>
  <context>
    <name>JoinPanel</name>
    <message>
      <source>Klassen</source>
      <translation>De klas</translation>
    </message>
    <message>
      <source>Enheder: –</source>
      <translation>Apparaten: –</translation>
    </message>
    <message>
      <source>På dette trin: –</source>
      <translation>Bij deze stap: –</translation>
    </message>
    <message>
      <source>Svar: –</source>
      <translation>Antwoorden: –</translation>
    </message>
    <message>
      <source>Nulstil alle enheder…</source>
      <translation>Alle apparaten resetten…</translation>
    </message>
    <message>
      <source>QR-kode til siden for de studerende</source>
      <translation>QR-code voor de studentenpagina</translation>
    </message>
    <message>
      <source>Alle enheder starter forfra som nye deltagere; du bliver spurgt først</source>
      <translation>Alle apparaten beginnen opnieuw als nieuwe deelnemers; je wordt eerst gevraagd</translation>
    </message>
    <message>
      <source>Vis adresse og kode nederst på lærredet</source>
      <translation>Adres en code onderaan het scherm tonen</translation>
    </message>
    <message>
      <source>Genvej: J</source>
      <translation>Sneltoets: J</translation>
    </message>
    <message>
      <source>Siden til de studerende er ikke startet.</source>
      <translation>De studentenpagina is niet gestart.</translation>
    </message>
    <message>
      <source>Kode: %1</source>
      <translation>Code: %1</translation>
    </message>
    <message>
      <source>Siden har travlt: %1 forbindelser blev afvist det sidste minut. Det retter sig som regel selv; bed eleverne vente et øjeblik og prøve igen.</source>
      <translation>De pagina heeft het druk: de afgelopen minuut zijn %1 verbindingen geweigerd. Dat lost zich meestal vanzelf op; vraag de studenten even te wachten en het opnieuw te proberen.</translation>
    </message>
    <message>
      <source>Klassen er fuld: %1 enheder kunne ikke komme ind det sidste minut. Grænsen kan hæves under Indstillinger.</source>
      <translation>De klas is vol: %1 apparaten konden de afgelopen minuut niet meedoen. De limiet kan worden verhoogd bij Instellingen.</translation>
    </message>
    <message>
      <source>Mange forkerte koder det sidste minut (%1). Den rigtige kode virker stadig.</source>
      <translation>Veel verkeerde codes in de afgelopen minuut (%1). De juiste code werkt nog steeds.</translation>
    </message>
    <message>
      <source>%1 svar kunne ikke gemmes det sidste minut: disken er måske fuld. Frigør plads på computeren; eleverne beholder deres tekst på skærmen.</source>
      <translation>%1 antwoorden konden de afgelopen minuut niet worden opgeslagen: de schijf is misschien vol. Maak ruimte vrij op de computer; de studenten houden hun tekst op hun scherm.</translation>
    </message>
    <message>
      <source>Tilbage til trinnet på lærredet (J)</source>
      <translation>Terug naar de stap op het scherm (J)</translation>
    </message>
    <message>
      <source>Vis QR-kode og kode på lærredet (J)</source>
      <translation>QR-code en code op het scherm tonen (J)</translation>
    </message>
    <message>
      <source>Enheder: %1</source>
      <translation>Apparaten: %1</translation>
    </message>
    <message>
      <source>På dette trin: %1</source>
      <translation>Bij deze stap: %1</translation>
    </message>
    <message>
      <source>%1: %2 sendt</source>
      <translation>%1: %2 verstuurd</translation>
    </message>
    <message>
      <source> · %1 skriver</source>
      <translation> · %1 aan het schrijven</translation>
    </message>
    <message>
      <source> · %1 ikke sendt</source>
      <translation> · %1 niet verstuurd</translation>
    </message>
  </context>
  <context>
    <name>KitCard</name>
    <message>
      <source>Ministeriets fingeraftryk</source>
      <extracomment>Institutions listed by name before the rest are counted as "and N more".</extracomment>
      <translation>Vingerafdruk van het ministerie</translation>
    </message>
    <message>
      <source>Læs fingeraftrykket op for ministeriet, og kontrollér at det er det samme, før første eksport.</source>
      <translation>Lees de vingerafdruk voor aan het ministerie en controleer of die overeenkomt, vóór de eerste export.</translation>
    </message>
    <message>
      <source>Pakker</source>
      <translation>Pakketten</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Groepen</translation>
    </message>
    <message>
      <source>Forsøg %1 · kittet er lavet %2</source>
      <translation>Onderzoek %1 · kit gemaakt op %2</translation>
    </message>
    <message>
      <source>findes ikke på denne computer</source>
      <translation>staat niet op deze computer</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>og %1 andre</source>
      <translation>en %1 andere</translation>
    </message>
    <message>
      <source>%1 hold på én institution</source>
      <translation>%1 groepen bij één instelling</translation>
    </message>
    <message>
      <source>%1 hold på %2 institutioner</source>
      <translation>%1 groepen bij %2 instellingen</translation>
    </message>
  </context>
  <context>
    <name>MinistrySummary</name>
    <message>
      <source>Samlet opgørelse til ministeriet</source>
      <translation>Totaaloverzicht voor het ministerie</translation>
    </message>
    <message>
      <source>Sessioner, gennemførelse, deltagelse og svarlængder på tværs af institutioner og arme</source>
      <translation>Sessies, uitvoering, deelname en antwoordlengtes over instellingen en armen heen</translation>
    </message>
    <message>
      <source>Overblik</source>
      <translation>Overzicht</translation>
    </message>
    <message>
      <source>Forsøg</source>
      <translation>Onderzoek</translation>
    </message>
    <message>
      <source>Periode (UTC)</source>
      <translation>Periode (UTC)</translation>
    </message>
    <message>
      <source>Sessionsfiler flettet</source>
      <translation>Samengevoegde sessiebestanden</translation>
    </message>
    <message>
      <source>Sessioner</source>
      <translation>Sessies</translation>
    </message>
    <message>
      <source>Institutioner</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>App-versioner</source>
      <translation>App-versies</translation>
    </message>
    <message>
      <source>Filformat</source>
      <translation>Bestandsformaat</translation>
    </message>
    <message>
      <source>{format} version {version} (den eneste, fletningen læser)</source>
      <translation>{format} versie {version} (de enige die het samenvoegen leest)</translation>
    </message>
    <message>
      <source>Flettet</source>
      <translation>Samengevoegd</translation>
    </message>
    <message>
      <source>{when} med belong-desktop {version}</source>
      <translation>{when} met belong-desktop {version}</translation>
    </message>
    <message>
      <source>Mindste antal bag et tal</source>
      <translation>Minimumaantal achter een getal</translation>
    </message>
    <message>
      <source>Sådan læses opgørelsen</source>
      <translation>Toelichting bij dit overzicht</translation>
    </message>
    <message>
      <source>Hver session er én klassetime med én studiegruppe; armen er den pakke, der blev kørt (indsats eller kontrol). Tallene kommer fra de flettede tabeller: sessioner og trin fra session- og steps-tabellerne, deltagelse fra eksportens egne tal (bundles-tabellen), svarlængder fra de sendte tekster. Medianen er den midterste værdi; kvartilerne afgrænser den midterste halvdel. Andele er af alle sessioner eller planlagte trin i cellen. Et tal, der bygger på færre end {minimum} sessioner (eller tekster), vises ikke; hvor tabellen har totaler, skjules også en anden celle i samme række eller kolonne, så det skjulte tal ikke kan regnes ud, og de samme celler skjules i alle tabeller. I diagrammerne står – for et tal, der ikke vises eller ikke findes. Ingen elevtekst er gengivet.</source>
      <translation>Elke sessie is één lesuur met één studiegroep; de arm is het pakket dat is gebruikt (interventie of controle). De getallen komen uit de samengevoegde tabellen: sessies en stappen uit de tabellen session en steps, deelname uit de eigen tellingen van de export (de tabel bundles), antwoordlengtes uit de verstuurde teksten. De mediaan is de middelste waarde; de kwartielen begrenzen de middelste helft. Aandelen zijn berekend over alle sessies of geplande stappen in de cel. Een getal dat op minder dan {minimum} sessies (of teksten) berust, wordt niet getoond; waar de tabel totalen heeft, wordt ook een andere cel in dezelfde rij of kolom verborgen, zodat het verborgen getal niet kan worden teruggerekend, en in alle tabellen worden dezelfde cellen verborgen. In de diagrammen staat – voor een getal dat niet wordt getoond of niet bestaat. Er is geen tekst van studenten weergegeven.</translation>
    </message>
    <message>
      <source>vises ikke (beskytter en lille celle)</source>
      <translation>niet getoond (beschermt een kleine cel)</translation>
    </message>
    <message>
      <source>Indsats</source>
      <translation>Interventie</translation>
    </message>
    <message>
      <source>Kontrol</source>
      <translation>Controle</translation>
    </message>
    <message>
      <source>Arm</source>
      <translation>Arm</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Instelling</translation>
    </message>
    <message>
      <source>I alt</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <source>(ingen institution)</source>
      <translation>(geen instelling)</translation>
    </message>
    <message>
      <source>Alle institutioner</source>
      <translation>Alle instellingen</translation>
    </message>
    <message>
      <source>1. Sessioner pr. institution og arm</source>
      <translation>1. Sessies per instelling en arm</translation>
    </message>
    <message>
      <source>Antal gennemførte og eksporterede sessioner.</source>
      <translation>Aantal uitgevoerde en geëxporteerde sessies.</translation>
    </message>
    <message>
      <source>Sessioner pr. institution</source>
      <translation>Sessies per instelling</translation>
    </message>
    <message>
      <source>2. Gennemførelse (fidelitet)</source>
      <translation>2. Uitvoering (fideliteit)</translation>
    </message>
    <message>
      <source>Varighed: minutter fra start til slut, og medianen af varighed delt med planens minutter. Trin vist: trin vist mindst én gang af planlagte trin. Videoer til ende: planlagte videotrin, hvis sidste visning kørte til ende. Med note om afvigelse: sessioner med mindst én note fra studievejlederen. Sluttet før tid: sessioner afsluttet før sidste trin.</source>
      <translation>Duur: minuten van begin tot einde, en de mediaan van de duur gedeeld door de geplande minuten. Stappen getoond: stappen die minstens één keer zijn getoond, van de geplande stappen. Video’s tot het einde: geplande videostappen waarvan de laatste vertoning tot het einde liep. Met notitie over afwijking: sessies met minstens één notitie van de studieadviseur. Voortijdig beëindigd: sessies die vóór de laatste stap zijn beëindigd.</translation>
    </message>
    <message>
      <source>Gennemførelse pr. arm</source>
      <translation>Uitvoering per arm</translation>
    </message>
    <message>
      <source>Varighed i forhold til planen pr. institution (median)</source>
      <translation>Duur ten opzichte van de planning per instelling (mediaan)</translation>
    </message>
    <message>
      <source>Minutter (median)</source>
      <translation>Minuten (mediaan)</translation>
    </message>
    <message>
      <source>Planlagt (min.)</source>
      <translation>Gepland (min.)</translation>
    </message>
    <message>
      <source>Varighed af plan</source>
      <translation>Duur t.o.v. planning</translation>
    </message>
    <message>
      <source>Trin vist</source>
      <translation>Stappen getoond</translation>
    </message>
    <message>
      <source>Videoer til ende</source>
      <translation>Video’s tot het einde</translation>
    </message>
    <message>
      <source>Med note om afvigelse</source>
      <translation>Met notitie over afwijking</translation>
    </message>
    <message>
      <source>Sluttet før tid</source>
      <translation>Voortijdig beëindigd</translation>
    </message>
    <message>
      <source>3. Deltagelse</source>
      <translation>3. Deelname</translation>
    </message>
    <message>
      <source>Enheder, der deltog, tekster sendt og kladder, der aldrig blev sendt, men var gemt, da trinnet lukkede: i alt og medianen pr. session.</source>
      <translation>Apparaten die meededen, verstuurde teksten en concepten die nooit zijn verstuurd maar wel waren opgeslagen toen de stap sloot: in totaal en de mediaan per sessie.</translation>
    </message>
    <message>
      <source>Median pr. session</source>
      <translation>Mediaan per sessie</translation>
    </message>
    <message>
      <source>Enheder</source>
      <translation>Apparaten</translation>
    </message>
    <message>
      <source>Tekster sendt</source>
      <translation>Verstuurde teksten</translation>
    </message>
    <message>
      <source>Kladder ved lukning</source>
      <translation>Concepten bij sluiting</translation>
    </message>
    <message>
      <source>{what}, i alt</source>
      <translation>{what}, totaal</translation>
    </message>
    <message>
      <source>{what}, median</source>
      <translation>{what}, mediaan</translation>
    </message>
    <message>
      <source>4. Svarlængder</source>
      <translation>4. Antwoordlengtes</translation>
    </message>
    <message>
      <source>Længden i tegn af de sendte refleksioner og breve (kun sendte tekster er svar; kladder tæller ikke). Fjernede personoplysninger tæller som deres pladsholder, fx [navn].</source>
      <translation>De lengte in tekens van de verstuurde reflecties en brieven (alleen verstuurde teksten zijn antwoorden; concepten tellen niet mee). Verwijderde persoonsgegevens tellen als hun plaatshouder, bijv. [navn].</translation>
    </message>
    <message>
      <source>{count} sessioner er udeladt her, fordi deres tekster var slettet før eksporten.</source>
      <translation>{count} sessies zijn hier weggelaten, omdat hun teksten vóór de export al waren verwijderd.</translation>
    </message>
    <message>
      <source>Median i tegn</source>
      <translation>Mediaan in tekens</translation>
    </message>
    <message>
      <source>Skrivetrin</source>
      <translation>Schrijfstap</translation>
    </message>
    <message>
      <source>Tekster</source>
      <translation>Teksten</translation>
    </message>
    <message>
      <source>Nedre kvartil</source>
      <translation>Eerste kwartiel</translation>
    </message>
    <message>
      <source>Median</source>
      <translation>Mediaan</translation>
    </message>
    <message>
      <source>Øvre kvartil</source>
      <translation>Derde kwartiel</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Reflectie</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Brief</translation>
    </message>
    <message>
      <source>Samlet opgørelse · {trial}</source>
      <translation>Totaaloverzicht · {trial}</translation>
    </message>
  </context>
  <context>
    <name>PastSessions</name>
    <message>
      <source>Tidligere sessioner</source>
      <translation>Eerdere sessies</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Groep</translation>
    </message>
    <message>
      <source>Pakke</source>
      <translation>Pakket</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Startet</source>
      <translation>Gestart</translation>
    </message>
    <message>
      <source>Vælg en session med piletasterne; knapperne under tabellen gælder den</source>
      <translation>Kies een sessie met de pijltjestoetsen; de knoppen onder de tabel gelden daarvoor</translation>
    </message>
    <message>
      <source>Gennemse og eksportér …</source>
      <translation>Doornemen en exporteren …</translation>
    </message>
    <message>
      <source>Gennemse personoplysninger i teksterne, og eksportér sessionen krypteret</source>
      <translation>Persoonsgegevens in de teksten doornemen en de sessie versleuteld exporteren</translation>
    </message>
    <message>
      <source>Slet tekster …</source>
      <translation>Teksten verwijderen …</translation>
    </message>
    <message>
      <source>Slet de studerendes tekster fra denne computer efter eksporten</source>
      <translation>De teksten van de studenten na de export van deze computer verwijderen</translation>
    </message>
    <message>
      <source>Rapport …</source>
      <translation>Rapport …</translation>
    </message>
    <message>
      <source>Gem en rapport over sessionen som PDF: plan og faktisk tid, deltagelse, noter</source>
      <translation>Een rapport over de sessie opslaan als PDF: geplande en werkelijke tijd, deelname, notities</translation>
    </message>
    <message>
      <source>Brevhæfte …</source>
      <translation>Brievenboekje …</translation>
    </message>
    <message>
      <source>Gennemse de delte breve og lav et brevhæfte som PDF</source>
      <translation>De gedeelde brieven doornemen en een brievenboekje als pdf maken</translation>
    </message>
    <message>
      <source>Vælg en afsluttet session for at gennemse og eksportere den til ministeriet.</source>
      <translation>Kies een beëindigde sessie om die door te nemen en naar het ministerie te exporteren.</translation>
    </message>
    <message>
      <source>Eksporteret %1</source>
      <translation>Geëxporteerd %1</translation>
    </message>
    <message>
      <source>tekster slettet</source>
      <translation>teksten verwijderd</translation>
    </message>
  </context>
  <context>
    <name>ProjectorPreview</name>
    <message>
      <source>Det, klassen ser på lærredet lige nu</source>
      <translation>Wat de klas nu op het scherm ziet</translation>
    </message>
    <message>
      <source>På lærredet nu</source>
      <translation>Nu op het scherm</translation>
    </message>
    <message>
      <source>▶ Video på lærredet</source>
      <translation>▶ Video op het scherm</translation>
    </message>
  </context>
  <context>
    <name>ProjectorWindow</name>
    <message>
      <source>Projektor</source>
      <extracomment>The smallest body text, in pixels, however small the window or long the text.</extracomment>
      <translation>Projector</translation>
    </message>
    <message>
      <source>Scan QR-koden med kameraet, eller åbn</source>
      <translation>Scan de QR-code met je camera, of open</translation>
    </message>
    <message>
      <source>og skriv koden</source>
      <translation>en typ de code</translation>
    </message>
    <message>
      <source>%1 svar</source>
      <translation>Antwoorden: %1</translation>
    </message>
    <message>
      <source>Svar på din egen skærm.</source>
      <translation>Antwoord op je eigen scherm.</translation>
    </message>
    <message>
      <source>%1 har svaret.</source>
      <translation>Geantwoord: %1.</translation>
    </message>
    <message>
      <source>Videoen kan ikke vises lige nu</source>
      <translation>De video kan nu niet worden getoond</translation>
    </message>
    <message>
      <source>Deltag: %1 · kode %2</source>
      <translation>Meedoen: %1 · code %2</translation>
    </message>
    <message>
      <source>ca. %1 min</source>
      <translation>ca. %1 min</translation>
    </message>
    <message>
      <source>under et minut</source>
      <translation>minder dan een minuut</translation>
    </message>
    <message>
      <source>tiden er ved at være gået</source>
      <translation>de tijd is bijna om</translation>
    </message>
  </context>
  <context>
    <name>ReportController</name>
    <message>
      <source>Gem sessionsrapporten</source>
      <extracomment>The report's language until the settings screen lets the counsellor choose (issue 14).</extracomment>
      <translation>Sessierapport opslaan</translation>
    </message>
    <message>
      <source>PDF-dokumenter (*.pdf)</source>
      <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
      <source>Rapporten er ikke lavet: der blev ikke valgt en fil.</source>
      <translation>Het rapport is niet gemaakt: er is geen bestand gekozen.</translation>
    </message>
    <message>
      <source>Skriver sessionsrapporten …</source>
      <translation>Sessierapport wordt geschreven …</translation>
    </message>
    <message>
      <source>Sessionsrapporten er gemt: %1</source>
      <translation>Sessierapport opgeslagen: %1</translation>
    </message>
    <message>
      <source>Rapporten blev ikke lavet</source>
      <translation>Het rapport is niet gemaakt</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>Side {page} af {pages}</source>
      <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
      <source>–</source>
      <translation>–</translation>
    </message>
    <message>
      <source>færre end {minimum} – vises ikke</source>
      <translation>minder dan {minimum} – niet getoond</translation>
    </message>
    <message>
      <source>Lavet med belong-desktop {version}</source>
      <translation>Gemaakt met belong-desktop {version}</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source>Gennemse tekster før eksport</source>
      <translation>Teksten doornemen vóór de export</translation>
    </message>
    <message>
      <source>S skjuler de markerede ord, B beholder dem, Esc afbryder</source>
      <translation>S verbergt de gemarkeerde woorden, B behoudt ze, Esc annuleert</translation>
    </message>
    <message>
      <source>%1 fra deltager %2</source>
      <translation>%1 van deelnemer %2</translation>
    </message>
    <message>
      <source>ikke sendt</source>
      <translation>niet verstuurd</translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message>
      <source>Kan klassen se din skærm?</source>
      <extracomment>The flag being decided, and the other flags in the same text still to come.</extracomment>
      <translation>Kan de klas je scherm zien?</translation>
    </message>
    <message>
      <source>Det næste, du ser, er elevernes egne tekster. Din skærm vises måske på projektoren (én skærm eller spejling), og klassen må ikke se teksterne. Sluk projektoren, eller tag kablet ud, før du fortsætter.</source>
      <translation>Wat nu volgt, zijn de eigen teksten van de studenten. Je scherm is misschien op de projector te zien (één scherm of gespiegeld), en de klas mag de teksten niet zien. Zet de projector uit of haal de kabel eruit voordat je verdergaat.</translation>
    </message>
    <message>
      <source>Projektoren viser ikke min skærm – vis teksterne</source>
      <translation>De projector toont mijn scherm niet – toon de teksten</translation>
    </message>
    <message>
      <source>Afbryd</source>
      <translation>Afbreken</translation>
    </message>
    <message>
      <source>Personoplysninger før eksport</source>
      <translation>Persoonsgegevens vóór de export</translation>
    </message>
    <message>
      <source>Elevens tekst</source>
      <translation>Tekst van de student</translation>
    </message>
    <message>
      <source>Gennemgået</source>
      <translation>Doorgenomen</translation>
    </message>
    <message>
      <source>Genvej: S. Ordene erstattes; det kan ikke fortrydes</source>
      <translation>Sneltoets: S. De woorden worden vervangen; dit kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
      <source>Behold</source>
      <translation>Behouden</translation>
    </message>
    <message>
      <source>Genvej: B. Teksten bliver, som den er</source>
      <translation>Sneltoets: B. De tekst blijft zoals hij is</translation>
    </message>
    <message>
      <source>Det, du har besluttet, er gemt</source>
      <translation>Wat je hebt besloten, is opgeslagen</translation>
    </message>
    <message>
      <source>%1 af %2</source>
      <translation>%1 van %2</translation>
    </message>
    <message>
      <source>%1: »%2«</source>
      <translation>%1: ‘%2’</translation>
    </message>
    <message>
      <source>Skjul (→ %1)</source>
      <translation>Verbergen (→ %1)</translation>
    </message>
    <message>
      <source>Skjul erstatter ordene med %1 i teksten på denne computer og i eksporten; det kan ikke fortrydes. Behold lader teksten stå, som eleven skrev den. Tasterne: S skjuler, B beholder, Esc afbryder (det besluttede er gemt).</source>
      <translation>Verbergen vervangt de woorden door %1 in de tekst op deze computer en in de export; dit kan niet ongedaan worden gemaakt. Behouden laat de tekst staan zoals de student hem schreef. Toetsen: S verbergt, B behoudt, Esc breekt af (wat al besloten is, blijft opgeslagen).</translation>
    </message>
  </context>
  <context>
    <name>RunView</name>
    <message>
      <source>Trin</source>
      <translation>Stap</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Mål</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Brugt</source>
      <translation>Gebruikt</translation>
    </message>
    <message>
      <source>Lærredet er sort. Tryk B eller mellemrum for at vise det igen.</source>
      <translation>Het scherm is zwart. Druk op B of de spatiebalk om het weer te tonen.</translation>
    </message>
    <message>
      <source>← Forrige</source>
      <translation>← Vorige</translation>
    </message>
    <message>
      <source>Næste →</source>
      <translation>Volgende →</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Pause (P)</source>
      <translation>Pauze (P)</translation>
    </message>
    <message>
      <source>Timens plan</source>
      <translation>Plan van het lesuur</translation>
    </message>
    <message>
      <source>Tid brugt i alt</source>
      <translation>Totaal verstreken tijd</translation>
    </message>
    <message>
      <source>Tid på dette trin / planlagt</source>
      <translation>Tijd op deze stap / gepland</translation>
    </message>
    <message>
      <source>Noter til trinnet</source>
      <translation>Notities bij de stap</translation>
    </message>
    <message>
      <source>Forrige trin</source>
      <translation>Vorige stap</translation>
    </message>
    <message>
      <source>Genvej: venstre pil eller PageUp</source>
      <translation>Sneltoets: pijl naar links of PageUp</translation>
    </message>
    <message>
      <source>Næste trin</source>
      <translation>Volgende stap</translation>
    </message>
    <message>
      <source>Genvej: mellemrum, højre pil eller PageDown</source>
      <translation>Sneltoets: spatie, pijl naar rechts of PageDown</translation>
    </message>
    <message>
      <source>Genvej: R. Resultatet vises først, når nok har svaret.</source>
      <translation>Sneltoets: R. Het resultaat wordt pas getoond als genoeg mensen hebben geantwoord.</translation>
    </message>
    <message>
      <source>Pause eller afspil videoen</source>
      <translation>De video pauzeren of afspelen</translation>
    </message>
    <message>
      <source>Forfra</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <source>Afspil videoen forfra</source>
      <translation>De video opnieuw afspelen</translation>
    </message>
    <message>
      <source>Videoens position</source>
      <translation>Positie in de video</translation>
    </message>
    <message>
      <source>Note om afvigelser (Ctrl+N)</source>
      <translation>Notitie over afwijkingen (Ctrl+N)</translation>
    </message>
    <message>
      <source>Note om afvigelser</source>
      <translation>Notitie over afwijkingen</translation>
    </message>
    <message>
      <source>Enter gemmer noten i loggen; Esc går tilbage til sessionen</source>
      <translation>Enter slaat de notitie op in het logboek; Esc gaat terug naar de sessie</translation>
    </message>
    <message>
      <source>Tilføj note</source>
      <translation>Notitie toevoegen</translation>
    </message>
    <message>
      <source>Afslut session</source>
      <translation>Sessie beëindigen</translation>
    </message>
    <message>
      <source>Afslutter sessionen for hele klassen; du bliver spurgt først</source>
      <translation>Beëindigt de sessie voor de hele klas; je wordt eerst gevraagd</translation>
    </message>
    <message>
      <source>Projektor fuld skærm (F5)</source>
      <translation>Projector volledig scherm (F5)</translation>
    </message>
    <message>
      <source>Genveje (F1)</source>
      <translation>Sneltoetsen (F1)</translation>
    </message>
    <message>
      <source>af %1 min planlagt</source>
      <translation>van %1 min gepland</translation>
    </message>
  </context>
  <context>
    <name>ScreenBadge</name>
    <message>
      <source>Klassevisning</source>
      <translation>Klasweergave</translation>
    </message>
    <message>
      <source>Skjul noter og pakke: klassen kan se skærmen</source>
      <translation>Notities en pakket verbergen: de klas kan het scherm zien</translation>
    </message>
  </context>
  <context>
    <name>ScreenLayout</name>
    <message>
      <source>Vis det fulde vindue</source>
      <translation>Volledig venster tonen</translation>
    </message>
    <message>
      <source>Noter, pakke og alt andet i vinduet bliver synligt på denne skærm. Gør det kun, når klassen ikke kan se skærmen, fx når du forbereder dig. Vis det fulde vindue?</source>
      <translation>Notities, pakket en al het andere in het venster worden zichtbaar op dit scherm. Doe dit alleen als de klas het scherm niet kan zien, bijvoorbeeld tijdens het voorbereiden. Volledig venster tonen?</translation>
    </message>
    <message>
      <source>Sessionen vises på projektoren</source>
      <translation>De sessie wordt op de projector getoond</translation>
    </message>
    <message>
      <source>Styr timen med bjælken øverst eller med tasterne: mellemrum eller → frem, ← tilbage, J for QR-koden.</source>
      <translation>Bedien het lesuur met de balk bovenaan of met de toetsen: spatie of → vooruit, ← terug, J voor de QR-code.</translation>
    </message>
    <message>
      <source>Sessionen er afsluttet</source>
      <translation>De sessie is beëindigd</translation>
    </message>
    <message>
      <source>Afslutningen vises stadig. »Til startskærmen« i bjælken fører tilbage.</source>
      <translation>De afsluiting wordt nog getoond. Met ‘Naar startscherm’ in de balk ga je terug.</translation>
    </message>
    <message>
      <source>To skærme: klassen ser projektoren på »%1«, og noterne bliver på din skærm.</source>
      <translation>Twee schermen: de klas ziet de projector op ‘%1’, en de notities blijven op je eigen scherm.</translation>
    </message>
    <message>
      <source>Spejlet skærm: klassen ser det samme som dig. Derfor vises hverken noter eller pakke her, og under sessionen styrer du fra en lille bjælke.</source>
      <translation>Gespiegeld scherm: de klas ziet hetzelfde als jij. Daarom worden hier geen notities en geen pakket getoond, en tijdens de sessie bedien je alles vanuit een kleine balk.</translation>
    </message>
    <message>
      <source>Én skærm: vises den på lærredet, ser klassen det samme som dig. Derfor vises hverken noter eller pakke her, og under sessionen styrer du fra en lille bjælke.</source>
      <translation>Eén scherm: als het op het grote scherm te zien is, ziet de klas hetzelfde als jij. Daarom worden hier geen notities en geen pakket getoond, en tijdens de sessie bedien je alles vanuit een kleine balk.</translation>
    </message>
    <message>
      <source>To skærme · projektor: %1</source>
      <translation>Twee schermen · projector: %1</translation>
    </message>
    <message>
      <source>Privat visning: klassen må ikke kunne se denne skærm</source>
      <translation>Privéweergave: de klas mag dit scherm niet kunnen zien</translation>
    </message>
    <message>
      <source>Projektoren er fundet på »%1«. Den viser kun klassens billede; noterne er tilbage på din skærm.</source>
      <translation>De projector is gevonden op ‘%1’. Die toont alleen het beeld voor de klas; de notities staan weer op je eigen scherm.</translation>
    </message>
    <message>
      <source>Skærmen spejles nu. Klassevisning er slået til: noter og pakke er skjult, og timen fortsætter.</source>
      <translation>Het scherm wordt nu gespiegeld. Klasweergave staat aan: notities en pakket zijn verborgen, en het lesuur gaat door.</translation>
    </message>
    <message>
      <source>Der er nu kun én skærm. Klassevisning er slået til: noter og pakke er skjult, og timen fortsætter.</source>
      <translation>Er is nu nog maar één scherm. Klasweergave staat aan: notities en pakket zijn verborgen, en het lesuur gaat door.</translation>
    </message>
    <message>
      <source>Sessionen kunne ikke startes. Forklaringen står i det fulde vindue; åbn det, når klassen ikke ser med.</source>
      <translation>De sessie kon niet worden gestart. De uitleg staat in het volledige venster; open het als de klas niet meekijkt.</translation>
    </message>
    <message>
      <source>Sessionen kunne ikke genoptages. Forklaringen står i det fulde vindue; åbn det, når klassen ikke ser med.</source>
      <translation>De sessie kon niet worden hervat. De uitleg staat in het volledige venster; open het als de klas niet meekijkt.</translation>
    </message>
  </context>
  <context>
    <name>ScriptController</name>
    <message>
      <source>Gem drejebogen</source>
      <translation>Draaiboek opslaan</translation>
    </message>
    <message>
      <source>Laver drejebogen …</source>
      <translation>Draaiboek wordt gemaakt …</translation>
    </message>
    <message>
      <source>Drejebogen er gemt: %1</source>
      <translation>Draaiboek opgeslagen: %1</translation>
    </message>
    <message>
      <source>Drejebogen blev ikke gemt</source>
      <translation>Het draaiboek is niet opgeslagen</translation>
    </message>
  </context>
  <context>
    <name>SessionClock</name>
    <message>
      <source>Planen når over %1 minutter: ca. %2 min i alt. Overvej at korte af.</source>
      <extracomment>Steps where the class works on its own devices and sees how long it has.</extracomment>
      <translation>De planning loopt over de %1 minuten heen: ca. %2 min in totaal. Overweeg in te korten.</translation>
    </message>
  </context>
  <context>
    <name>SessionReport</name>
    <message>
      <source>Sessionsrapport</source>
      <extracomment>The languages the report's own words are written in.</extracomment>
      <translation>Sessierapport</translation>
    </message>
    <message>
      <source>Plan og forløb for én session. Rapporten indeholder ingen elevtekster.</source>
      <translation>Planning en verloop van één sessie. Het rapport bevat geen teksten van studenten.</translation>
    </message>
    <message>
      <source>Rapporten indeholder ingen tekster, som elever har skrevet.</source>
      <translation>Dit rapport bevat geen teksten die door studenten zijn geschreven.</translation>
    </message>
    <message>
      <source>Pakke</source>
      <translation>Pakket</translation>
    </message>
    <message>
      <source>version {version}</source>
      <translation>versie {version}</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Groep</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Start og slut</source>
      <translation>Begin en einde</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Enheder med</source>
      <translation>Deelnemende apparaten</translation>
    </message>
    <message>
      <source>%d.%m.%Y</source>
      <translation>%d-%m-%Y</translation>
    </message>
    <message>
      <source>dansk</source>
      <translation>Deens</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>Engels</translation>
    </message>
    <message>
      <source>norsk</source>
      <translation>Noors</translation>
    </message>
    <message>
      <source>nederlandsk</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <source>Sessionen er ikke afsluttet; tiderne gælder indtil nu.</source>
      <translation>De sessie is nog niet beëindigd; de tijden gelden tot nu.</translation>
    </message>
    <message>
      <source>Sessionen blev afsluttet før sidste trin: {count} trin blev ikke nået.</source>
      <translation>De sessie is vóór de laatste stap beëindigd; niet bereikte stappen: {count}.</translation>
    </message>
    <message>
      <source>{count} trin er ikke nået endnu.</source>
      <translation>Nog niet bereikte stappen: {count}.</translation>
    </message>
    <message>
      <source>Alle trin blev vist.</source>
      <translation>Alle stappen zijn getoond.</translation>
    </message>
    <message>
      <source>Tid pr. trin: plan og faktisk</source>
      <translation>Tijd per stap: gepland en werkelijk</translation>
    </message>
    <message>
      <source>Minutter pr. trin. Samme tal står i tabellen nedenfor.</source>
      <translation>Minuten per stap. Dezelfde getallen staan in de tabel hieronder.</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Gepland</translation>
    </message>
    <message>
      <source>Faktisk</source>
      <translation>Werkelijk</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Stap</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Plan (min)</source>
      <translation>Gepland (min)</translation>
    </message>
    <message>
      <source>Faktisk (min)</source>
      <translation>Werkelijk (min)</translation>
    </message>
    <message>
      <source>Forskel (min)</source>
      <translation>Verschil (min)</translation>
    </message>
    <message>
      <source>ikke nået</source>
      <translation>niet bereikt</translation>
    </message>
    <message>
      <source>I alt</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <source>Faktisk i alt er tiden fra start til slut; trinenes tider kan give lidt mindre (skift mellem trin) eller mere (trin vist flere gange).</source>
      <translation>Werkelijk totaal is de tijd van begin tot einde; de tijden van de stappen kunnen samen iets minder zijn (wisselen tussen stappen) of meer (stappen die vaker zijn getoond).</translation>
    </message>
    <message>
      <source>Deltagelse</source>
      <translation>Deelname</translation>
    </message>
    <message>
      <source>{devices} enheder var med (en enhed, hvis elevside blev åbnet).</source>
      <translation>{devices} apparaten deden mee (een apparaat telt als de studentenpagina erop is geopend).</translation>
    </message>
    <message>
      <source>Tekster sendt</source>
      <translation>Verstuurde teksten</translation>
    </message>
    <message>
      <source>Kladder ved lukning</source>
      <translation>Concepten bij sluiting</translation>
    </message>
    <message>
      <source>Ikke sendt, trin åbent</source>
      <translation>Niet verstuurd, stap open</translation>
    </message>
    <message>
      <source>Pakken har ingen skrivetrin.</source>
      <translation>Het pakket heeft geen schrijfstappen.</translation>
    </message>
    <message>
      <source>Afstemninger</source>
      <translation>Peilingen</translation>
    </message>
    <message>
      <source>Svarmulighed</source>
      <translation>Antwoordoptie</translation>
    </message>
    <message>
      <source>Svar</source>
      <translation>Antwoorden</translation>
    </message>
    <message>
      <source>Andel</source>
      <translation>Aandeel</translation>
    </message>
    <message>
      <source>{count} svar i alt.</source>
      <translation>Totaal aantal antwoorden: {count}.</translation>
    </message>
    <message>
      <source>Resultater vises kun fra {minimum} svar, som på projektoren.</source>
      <translation>Resultaten worden pas vanaf {minimum} antwoorden getoond, net als op de projector.</translation>
    </message>
    <message>
      <source>Videoer</source>
      <translation>Video’s</translation>
    </message>
    <message>
      <source>Vist til ende</source>
      <translation>Tot het einde afgespeeld</translation>
    </message>
    <message>
      <source>Længst til</source>
      <translation>Verste punt</translation>
    </message>
    <message>
      <source>Visninger</source>
      <translation>Vertoningen</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>nej</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>ikke logget</source>
      <translation>niet gelogd</translation>
    </message>
    <message>
      <source>Pakken har ingen videoer.</source>
      <translation>Het pakket heeft geen video’s.</translation>
    </message>
    <message>
      <source>Noter om afvigelser</source>
      <translation>Notities over afwijkingen</translation>
    </message>
    <message>
      <source>Der er ingen noter.</source>
      <translation>Er zijn geen notities.</translation>
    </message>
    <message>
      <source>afvigelse</source>
      <translation>afwijking</translation>
    </message>
    <message>
      <source>valg af pakke eller hold</source>
      <translation>keuze van pakket of groep</translation>
    </message>
    <message>
      <source>skrevet af programmet</source>
      <translation>geschreven door het programma</translation>
    </message>
    <message>
      <source>før start</source>
      <translation>vóór de start</translation>
    </message>
    <message>
      <source>trin {number}</source>
      <translation>stap {number}</translation>
    </message>
    <message>
      <source>Eksport</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Sessionen er ikke eksporteret til ministeriet endnu.</source>
      <translation>De sessie is nog niet naar het ministerie geëxporteerd.</translation>
    </message>
    <message>
      <source>Eksporteret til ministeriet {count} gang(e), senest {when}.</source>
      <translation>{count} keer naar het ministerie geëxporteerd, laatst op {when}.</translation>
    </message>
    <message>
      <source>Elevernes tekster blev slettet fra computeren {when}.</source>
      <translation>De teksten van de studenten zijn op {when} van de computer verwijderd.</translation>
    </message>
    <message>
      <source>Besked</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Afstemning</source>
      <translation>Peiling</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Reflectie</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Brief</translation>
    </message>
    <message>
      <source>Afslutning</source>
      <translation>Afsluiting</translation>
    </message>
  </context>
  <context>
    <name>SettingsController</name>
    <message>
      <source>Vælg kittet fra ministeriet</source>
      <translation>Kies de kit van het ministerie</translation>
    </message>
    <message>
      <source>Kit fra ministeriet (*.json *.kit);;Alle filer (*)</source>
      <translation>Kit van het ministerie (*.json *.kit);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>Kittet %1 er indlæst. Husk at læse fingeraftrykket op for ministeriet.</source>
      <translation>De kit %1 is geladen. Vergeet niet de vingerafdruk voor te lezen aan het ministerie.</translation>
    </message>
    <message>
      <source>Fjern kittet %1? Nye sessioner får så ikke deres pakke fra kittet, og sessioner kan ikke eksporteres, før et kit er indlæst igen. Sessionerne, der allerede er kørt, beholder deres oplysninger.</source>
      <translation>De kit %1 verwijderen? Nieuwe sessies krijgen dan hun pakket niet meer uit de kit, en sessies kunnen pas worden geëxporteerd als er weer een kit is geladen. Sessies die al zijn gehouden, behouden hun gegevens.</translation>
    </message>
    <message>
      <source>Fjern kit</source>
      <translation>Kit verwijderen</translation>
    </message>
    <message>
      <source>Kittet er fjernet.</source>
      <translation>De kit is verwijderd.</translation>
    </message>
    <message>
      <source>Gemt: teksterne slettes fra denne computer %1 dage efter eksporten.</source>
      <translation>Opgeslagen: de teksten worden %1 dagen na de export van deze computer verwijderd.</translation>
    </message>
    <message>
      <source>Gemt: teksterne bliver, til du sletter dem.</source>
      <translation>Opgeslagen: de teksten blijven staan tot je ze verwijdert.</translation>
    </message>
    <message>
      <source>Gemt: højst %1 enheder pr. session, fra næste gang siden til de studerende startes.</source>
      <translation>Opgeslagen: hoogstens %1 apparaten per sessie, vanaf de volgende keer dat de studentenpagina wordt gestart.</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Indstillinger</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Tilbage til startskærmen</source>
      <translation>Terug naar startscherm</translation>
    </message>
    <message>
      <source>Kit fra ministeriet</source>
      <translation>Kit van het ministerie</translation>
    </message>
    <message>
      <source>Intet kit indlæst. Uden kit vælger du selv pakken til hvert hold, og sessioner kan ikke eksporteres til ministeriet. Kittet er en fil, du får fra ministeriet.</source>
      <translation>Geen kit geladen. Zonder kit kies je zelf het pakket voor elke groep, en kunnen sessies niet naar het ministerie worden geëxporteerd. De kit is een bestand dat je van het ministerie krijgt.</translation>
    </message>
    <message>
      <source>Kittet er i brug: holdenes pakke følger kittet, og eksporten krypteres til ministeriet.</source>
      <translation>De kit is in gebruik: het pakket van elke groep volgt de kit, en de export wordt voor het ministerie versleuteld.</translation>
    </message>
    <message>
      <source>Indlæs kit …</source>
      <translation>Kit laden …</translation>
    </message>
    <message>
      <source>Fjern kit</source>
      <translation>Kit verwijderen</translation>
    </message>
    <message>
      <source>Importér</source>
      <translation>Importeren</translation>
    </message>
    <message>
      <source>Annuller</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Elevernes tekster efter eksport</source>
      <translation>Teksten van studenten na export</translation>
    </message>
    <message>
      <source>Behold dem, til jeg sletter dem</source>
      <translation>Bewaren tot ik ze verwijder</translation>
    </message>
    <message>
      <source>Slet dem automatisk</source>
      <translation>Automatisch verwijderen</translation>
    </message>
    <message>
      <source> dage efter eksport</source>
      <translation> dagen na export</translation>
    </message>
    <message>
      <source>Dage efter eksport, før teksterne slettes</source>
      <translation>Dagen na de export voordat de teksten worden verwijderd</translation>
    </message>
    <message>
      <source>Sletningen sker, når programmet starter. Kvitteringen for eksporten og sessionens log bliver; kun elevernes tekster fjernes fra denne computer.</source>
      <translation>Het verwijderen gebeurt bij het starten van het programma. Het ontvangstbewijs van de export en het logboek van de sessie blijven bewaard; alleen de teksten van de studenten worden van deze computer verwijderd.</translation>
    </message>
    <message>
      <source>Enheder pr. session</source>
      <translation>Apparaten per sessie</translation>
    </message>
    <message>
      <source>Højst antal enheder pr. session</source>
      <translation>Maximumaantal apparaten per sessie</translation>
    </message>
    <message>
      <source>Enter gemmer tallet</source>
      <translation>Enter slaat het getal op</translation>
    </message>
    <message>
      <source>Højst</source>
      <translation>Maximaal</translation>
    </message>
    <message>
      <source>enheder (%1–%2)</source>
      <translation>apparaten (%1–%2)</translation>
    </message>
    <message>
      <source>Så mange enheder kan deltage i én session; flere får at vide, at der ikke er plads. 500 passer til en klasse; hæv tallet til et auditorium. Ændringen gælder, næste gang siden til de studerende startes.</source>
      <translation>Zoveel apparaten kunnen aan één sessie meedoen; wie daarna komt, krijgt te horen dat er geen plaats is. 500 is genoeg voor een klas; verhoog het getal voor een collegezaal. De wijziging geldt vanaf de volgende keer dat de studentenpagina wordt gestart.</translation>
    </message>
    <message>
      <source>Eksportmappe</source>
      <translation>Exportmap</translation>
    </message>
    <message>
      <source>Eksporterede filer lægges her, medmindre du vælger en anden mappe ved eksporten. Filerne er krypterede: kun ministeriet kan åbne dem.</source>
      <translation>Geëxporteerde bestanden komen hier terecht, tenzij je bij het exporteren een andere map kiest. De bestanden zijn versleuteld: alleen het ministerie kan ze openen.</translation>
    </message>
    <message>
      <source>Indlæs et andet kit …</source>
      <translation>Andere kit laden …</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Vinduernes sprog</source>
      <translation>Taal van de vensters</translation>
    </message>
    <message>
      <source>Skifter sproget i programmets vinduer med det samme</source>
      <translation>Wijzigt meteen de taal van de vensters van het programma</translation>
    </message>
    <message>
      <source>Gælder programmets vinduer. Sproget, klassen ser, vælger du for hver session på startskærmen.</source>
      <translation>Geldt voor de vensters van het programma. De taal die de klas ziet, kies je per sessie op het startscherm.</translation>
    </message>
    <message>
      <source>Gemt: vinduerne vises nu på %1.</source>
      <translation>Opgeslagen: de vensters worden nu getoond in het %1.</translation>
    </message>
    <message>
      <source>Kittet i filen »%1« (ikke indlæst endnu; det afløser kittet i brug)</source>
      <translation>De kit in het bestand ‘%1’ (nog niet geladen; vervangt de kit die nu in gebruik is)</translation>
    </message>
    <message>
      <source>Kittet i filen »%1« (ikke indlæst endnu)</source>
      <translation>De kit in het bestand ‘%1’ (nog niet geladen)</translation>
    </message>
    <message>
      <source>Send denne liste til ministeriet (den er på engelsk):</source>
      <translation>Stuur deze lijst naar het ministerie (hij is in het Engels):</translation>
    </message>
  </context>
  <context>
    <name>SharedCover</name>
    <message>
      <source>Klar</source>
      <translation>Klaar</translation>
    </message>
    <message>
      <source>fx DAT1-A</source>
      <translation>bijv. DAT1-A</translation>
    </message>
    <message>
      <source>pakkens navn</source>
      <translation>naam van het pakket</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Sessie starten</translation>
    </message>
    <message>
      <source>Skriv pakkens navn, som du har fået det oplyst. Det vises ikke her, fordi klassen kan se skærmen.</source>
      <translation>Typ de naam van het pakket zoals je die hebt gekregen. Die wordt hier niet getoond, omdat de klas het scherm kan zien.</translation>
    </message>
    <message>
      <source>Holdets kode</source>
      <translation>Groepscode</translation>
    </message>
    <message>
      <source>Indholdspakke</source>
      <translation>Inhoudspakket</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Pakkens navn skrives skjult, fordi klassen kan se skærmen</source>
      <translation>De naam van het pakket wordt verborgen getypt, omdat de klas het scherm kan zien</translation>
    </message>
    <message>
      <source>Genoptag</source>
      <translation>Hervatten</translation>
    </message>
    <message>
      <source>Vis det fulde vindue …</source>
      <translation>Volledig venster tonen …</translation>
    </message>
    <message>
      <source>Kun når klassen ikke kan se skærmen, fx når du forbereder dig</source>
      <translation>Alleen als de klas het scherm niet kan zien, bijv. tijdens de voorbereiding</translation>
    </message>
    <message>
      <source>Afbrudte sessioner</source>
      <translation>Onderbroken sessies</translation>
    </message>
    <message>
      <source>Ny session</source>
      <translation>Nieuwe sessie</translation>
    </message>
    <message>
      <source>den eneste pakke er valgt</source>
      <translation>het enige pakket is gekozen</translation>
    </message>
    <message>
      <source>Med kittet følger pakken holdet: skriv kun holdets kode. Skriv et pakkenavn her, kun hvis du vil afvige fra kittet.</source>
      <translation>Met de kit hoort het pakket bij de groep: typ alleen de groepscode. Typ hier alleen een pakketnaam als je van de kit wilt afwijken.</translation>
    </message>
    <message>
      <source>%1 · %2, trin %3</source>
      <translation>%1 · %2, stap %3</translation>
    </message>
    <message>
      <source>Ingen pakke med det navn</source>
      <translation>Geen pakket met die naam</translation>
    </message>
    <message>
      <source>✓ Pakken er fundet</source>
      <translation>✓ Pakket gevonden</translation>
    </message>
    <message>
      <source>Der er ingen indholdspakke at vælge.</source>
      <translation>Er is geen inhoudspakket om uit te kiezen.</translation>
    </message>
    <message>
      <source>Holdet står ikke i kittet. Skriv pakkens navn for at køre det alligevel; du bliver bedt om en begrundelse.</source>
      <translation>De groep staat niet in de kit. Typ de naam van het pakket om de sessie toch te houden; je wordt om een motivering gevraagd.</translation>
    </message>
    <message>
      <source>Skriv pakkens navn.</source>
      <translation>Typ de naam van het pakket.</translation>
    </message>
    <message>
      <source>Der er ingen pakke med det navn. Tjek stavningen.</source>
      <translation>Er is geen pakket met die naam. Kijk de spelling na.</translation>
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <source>Ny session</source>
      <translation>Nieuwe sessie</translation>
    </message>
    <message>
      <source>fx DAT1-A</source>
      <translation>bijv. DAT1-A</translation>
    </message>
    <message>
      <source>Kittets hold ▾</source>
      <translation>Groepen in kit ▾</translation>
    </message>
    <message>
      <source>Vis alle hold i kittet</source>
      <translation>Alle groepen in de kit tonen</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Sessie starten</translation>
    </message>
    <message>
      <source>Udskriv drejebog …</source>
      <translation>Draaiboek afdrukken …</translation>
    </message>
    <message>
      <source>Gem timens plan for den valgte pakke og det valgte sprog som PDF</source>
      <translation>Het plan van het lesuur voor het gekozen pakket en de gekozen taal opslaan als PDF</translation>
    </message>
    <message>
      <source>Holdets kode</source>
      <translation>Groepscode</translation>
    </message>
    <message>
      <source>Indholdspakke</source>
      <translation>Inhoudspakket</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>automatisk</source>
      <translation>automatisch</translation>
    </message>
    <message>
      <source>Netværk til de studerendes side</source>
      <translation>Netwerk voor de studentenpagina</translation>
    </message>
    <message>
      <source>Starter sessionen for holdet med den valgte pakke og det valgte sprog</source>
      <translation>Start de sessie voor de groep met het gekozen pakket en de gekozen taal</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Poort</translation>
    </message>
    <message>
      <source>Sproget, klassen ser sessionen på (lærredet og de studerendes side)</source>
      <translation>De taal waarin de klas de sessie ziet (het scherm en de studentenpagina)</translation>
    </message>
    <message>
      <source>Automatisk: den port, sessionen brugte sidst, ellers 8470</source>
      <translation>Automatisch: de poort die de sessie het laatst gebruikte, anders 8470</translation>
    </message>
    <message>
      <source>Genoptag</source>
      <translation>Hervatten</translation>
    </message>
    <message>
      <source>Afbrudte sessioner</source>
      <translation>Onderbroken sessies</translation>
    </message>
    <message>
      <source>Lærredet viser stadig afslutningen fra sidste session.</source>
      <translation>Het scherm toont nog de afsluiting van de vorige sessie.</translation>
    </message>
    <message>
      <source>Tag den ned fra lærredet</source>
      <translation>Van het scherm halen</translation>
    </message>
    <message>
      <source>Indstillinger …</source>
      <translation>Instellingen …</translation>
    </message>
    <message>
      <source>Åbner databasen og indholdspakkerne …</source>
      <translation>Database en inhoudspakketten worden geopend …</translation>
    </message>
    <message>
      <source>Intet kit indlæst: du vælger pakken; valget logges.</source>
      <translation>Geen kit geladen: je kiest zelf het pakket; de keuze wordt gelogd.</translation>
    </message>
    <message>
      <source>Kit %1: Pakken følger holdets gruppe i kittet. Vælger du en anden pakke eller et hold uden for kittet, skal du skrive hvorfor.</source>
      <translation>Kit %1: het pakket volgt de indeling van de groep in de kit. Kies je een ander pakket of een groep die niet in de kit staat, dan moet je schrijven waarom.</translation>
    </message>
    <message>
      <source>%1 · %2 · %3, trin %4</source>
      <translation>%1 · %2 · %3, stap %4</translation>
    </message>
    <message>
      <source>Alle netværk</source>
      <translation>Alle netwerken</translation>
    </message>
    <message>
      <source>%1 står ikke i kittet: du vælger pakken og skriver hvorfor.</source>
      <translation>%1 staat niet in de kit: je kiest zelf het pakket en schrijft waarom.</translation>
    </message>
    <message>
      <source>I kittet: %1</source>
      <translation>In de kit: %1</translation>
    </message>
    <message>
      <source>Der er ingen indholdspakke at vælge.</source>
      <translation>Er is geen inhoudspakket om uit te kiezen.</translation>
    </message>
  </context>
  <context>
    <name>StudentPage</name>
    <message>
      <source>Holdsession</source>
      <translation>Groepssessie</translation>
    </message>
    <message>
      <source>Deltag i sessionen</source>
      <translation>Doe mee met de sessie</translation>
    </message>
    <message>
      <source>Skriv koden, der står på lærredet. Du skal ikke oplyse dit navn.</source>
      <translation>Typ de code die op het scherm staat. Je hoeft je naam niet op te geven.</translation>
    </message>
    <message>
      <source>Kode (6 cifre)</source>
      <translation>Code (6 cijfers)</translation>
    </message>
    <message>
      <source>Deltag</source>
      <translation>Meedoen</translation>
    </message>
    <message>
      <source>Et øjeblik … Tryk »Deltag«, hvis siden ikke skifter af sig selv.</source>
      <translation>Een moment … Druk op ‘Meedoen’ als de pagina niet vanzelf verandert.</translation>
    </message>
    <message>
      <source>Skriv en kode i stedet</source>
      <translation>Typ in plaats daarvan een code</translation>
    </message>
    <message>
      <source>Skriv koden fra lærredet.</source>
      <translation>Typ de code van het scherm.</translation>
    </message>
    <message>
      <source>Koden passer ikke. Tjek cifrene på lærredet, og prøv igen.</source>
      <translation>De code klopt niet. Kijk de cijfers op het scherm na en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>For mange forkerte koder. Vent {seconds} sekunder, og prøv igen.</source>
      <translation>Te veel verkeerde codes. Wacht {seconds} seconden en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>Mange deltager lige nu. Siden prøver igen om {seconds} sekunder.</source>
      <translation>Er doen nu veel mensen tegelijk mee. De pagina probeert het over {seconds} seconden opnieuw.</translation>
    </message>
    <message>
      <source>Der er ikke plads til flere enheder i denne session.</source>
      <translation>Er is geen plaats meer voor nog een apparaat in deze sessie.</translation>
    </message>
    <message>
      <source>Denne session er slut. Spørg efter den nye kode på lærredet.</source>
      <translation>Deze sessie is afgelopen. Kijk op het scherm voor de nieuwe code.</translation>
    </message>
    <message>
      <source>Linket virker ikke. Skriv koden fra lærredet i stedet.</source>
      <translation>Deze link werkt niet. Typ in plaats daarvan de code van het scherm.</translation>
    </message>
    <message>
      <source>Anonym: der gemmes ikke navne eller oplysninger om din enhed.</source>
      <translation>Anoniem: er worden geen namen of gegevens over je apparaat opgeslagen.</translation>
    </message>
    <message>
      <source>Sessionen er ikke startet endnu. Siden skifter af sig selv.</source>
      <translation>De sessie is nog niet begonnen. Deze pagina verandert vanzelf.</translation>
    </message>
    <message>
      <source>Kig op på lærredet</source>
      <translation>Kijk naar het scherm</translation>
    </message>
    <message>
      <source>Siden skifter af sig selv, når der er noget, du skal svare på eller skrive.</source>
      <translation>Deze pagina verandert vanzelf als er iets te beantwoorden of te schrijven is.</translation>
    </message>
    <message>
      <source>Svar anonymt</source>
      <translation>Antwoord anoniem</translation>
    </message>
    <message>
      <source>Skriv for dig selv</source>
      <translation>Schrijf voor jezelf</translation>
    </message>
    <message>
      <source>Et brev til næste års studerende</source>
      <translation>Een brief aan de studenten van volgend jaar</translation>
    </message>
    <message>
      <source>Send svar</source>
      <translation>Antwoord versturen</translation>
    </message>
    <message>
      <source>Tak, dit svar er modtaget. Du kan ændre det, så længe spørgsmålet er åbent.</source>
      <translation>Dank je, je antwoord is ontvangen. Je kunt het wijzigen zolang de vraag open is.</translation>
    </message>
    <message>
      <source>Vælg et svar først.</source>
      <translation>Kies eerst een antwoord.</translation>
    </message>
    <message>
      <source>Spørgsmålet er lukket, så svaret blev ikke talt med.</source>
      <translation>De vraag was al gesloten, dus het antwoord is niet meegeteld.</translation>
    </message>
    <message>
      <source>Din tekst</source>
      <translation>Jouw tekst</translation>
    </message>
    <message>
      <source>Dit brev</source>
      <translation>Jouw brief</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Versturen</translation>
    </message>
    <message>
      <source>Send ændringer</source>
      <translation>Wijzigingen versturen</translation>
    </message>
    <message>
      <source>{n} af {max} tegn</source>
      <translation>{n} van {max} tekens</translation>
    </message>
    <message>
      <source>Teksten er for lang: højst {max} tegn.</source>
      <translation>De tekst is te lang: hoogstens {max} tekens.</translation>
    </message>
    <message>
      <source>Skriv noget, før du sender.</source>
      <translation>Schrijf iets voordat je verstuurt.</translation>
    </message>
    <message>
      <source>Gemt på denne enhed</source>
      <translation>Opgeslagen op dit apparaat</translation>
    </message>
    <message>
      <source>Gemt på studievejlederens computer – ikke sendt</source>
      <translation>Opgeslagen op de computer van de studieadviseur – niet verstuurd</translation>
    </message>
    <message>
      <source>Gemt kun på denne enhed – sendes, når du trykker Send</source>
      <translation>Alleen opgeslagen op dit apparaat – de tekst wordt verstuurd als je op Versturen drukt</translation>
    </message>
    <message>
      <source>Sendt. Du kan stadig rette i teksten, så længe trinnet er åbent.</source>
      <translation>Verstuurd. Je kunt de tekst nog aanpassen zolang deze stap open is.</translation>
    </message>
    <message>
      <source>Sendt – men dine rettelser er kun gemt på denne enhed. Tryk »Send ændringer« for at sende dem.</source>
      <translation>Verstuurd – maar je wijzigingen zijn alleen op dit apparaat opgeslagen. Druk op ‘Wijzigingen versturen’ om ze te versturen.</translation>
    </message>
    <message>
      <source>Sendt – dine rettelser er gemt på studievejlederens computer, men ikke sendt. Tryk »Send ændringer« for at sende dem.</source>
      <translation>Verstuurd – je wijzigingen zijn opgeslagen op de computer van de studieadviseur, maar niet verstuurd. Druk op ‘Wijzigingen versturen’ om ze te versturen.</translation>
    </message>
    <message>
      <source>Trinnet var lukket, da teksten nåede frem. Den er gemt på studievejlederens computer, men markeret som ikke sendt.</source>
      <translation>Deze stap was al gesloten toen de tekst aankwam. Hij is opgeslagen op de computer van de studieadviseur, maar gemarkeerd als niet verstuurd.</translation>
    </message>
    <message>
      <source>Det, du skriver her, gemmes anonymt på studievejlederens computer, mens du skriver – også før du trykker Send. Når du trykker Send, er teksten dit svar. Tekst, du ikke sender, gemmes som kladde og markeres som ikke sendt.</source>
      <translation>Wat je hier schrijft, wordt tijdens het schrijven anoniem opgeslagen op de computer van de studieadviseur – ook voordat je op Versturen drukt. Als je op Versturen drukt, is de tekst je antwoord. Tekst die je niet verstuurt, wordt bewaard als concept en gemarkeerd als niet verstuurd.</translation>
    </message>
    <message>
      <source>Det, du skriver her, gemmes kun på denne enhed, indtil du trykker Send. Først når du trykker Send, sendes teksten anonymt til studievejlederens computer. Tekst, du ikke sender, forlader ikke enheden.</source>
      <translation>Wat je hier schrijft, blijft alleen op dit apparaat tot je op Versturen drukt. Pas dan wordt de tekst anoniem naar de computer van de studieadviseur gestuurd. Tekst die je niet verstuurt, verlaat het apparaat niet.</translation>
    </message>
    <message>
      <source>Dit brev kan kun blive delt, hvis du sender det og svarer ja under brevet.</source>
      <translation>Je brief kan alleen worden gedeeld als je hem verstuurt en eronder ja antwoordt.</translation>
    </message>
    <message>
      <source>Denne session gemmer ikke kladder: teksten bliver på denne enhed, indtil du trykker Send.</source>
      <translation>Deze sessie bewaart geen concepten: de tekst blijft op dit apparaat tot je op Versturen drukt.</translation>
    </message>
    <message>
      <source>Gemt på denne enhed – sendes, når forbindelsen er tilbage.</source>
      <translation>Opgeslagen op dit apparaat – de tekst wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
      <source>Ingen forbindelse lige nu. Siden prøver igen af sig selv.</source>
      <translation>Op dit moment geen verbinding. De pagina blijft het vanzelf proberen.</translation>
    </message>
    <message>
      <source>Forbindelsen er tilbage.</source>
      <translation>De verbinding is terug.</translation>
    </message>
    <message>
      <source>Studievejlederens computer kan ikke gemme lige nu. Prøv igen om lidt.</source>
      <translation>De computer van de studieadviseur kan nu niet opslaan. Probeer het zo opnieuw.</translation>
    </message>
    <message>
      <source>Ikke gemt endnu – lad siden være åben. Det, du har skrevet eller valgt, er her på enheden, og siden prøver igen af sig selv.</source>
      <translation>Nog niet opgeslagen – houd deze pagina open. Wat je hebt geschreven of gekozen, staat hier op het apparaat, en de pagina blijft het vanzelf proberen.</translation>
    </message>
    <message>
      <source>Ja, mit brev må deles uden navn</source>
      <translation>Ja, mijn brief mag zonder mijn naam worden gedeeld</translation>
    </message>
    <message>
      <source>Nej, det skal ikke deles</source>
      <translation>Nee, niet delen</translation>
    </message>
    <message>
      <source>Vælg ja eller nej under brevet, før du sender.</source>
      <translation>Kies ja of nee onder de brief voordat je verstuurt.</translation>
    </message>
    <message>
      <source>Nyt spørgsmål</source>
      <translation>Nieuwe vraag</translation>
    </message>
    <message>
      <source>Det, du skrev før, hører til det forrige spørgsmål og er ikke flyttet med hertil.</source>
      <translation>Wat je eerder schreef, hoort bij de vorige vraag en is niet hierheen verplaatst.</translation>
    </message>
    <message>
      <source>Siden har skiftet: {heading}</source>
      <translation>De pagina is veranderd: {heading}</translation>
    </message>
    <message>
      <source>Hold {group}</source>
      <translation>Groep {group}</translation>
    </message>
    <message>
      <source>Tak for i dag</source>
      <translation>Bedankt voor vandaag</translation>
    </message>
    <message>
      <source>Dit brev blev ikke sendt</source>
      <translation>Je brief is niet verstuurd</translation>
    </message>
    <message>
      <source>Du trykkede ikke Send. Det, du skrev, er gemt som kladde på studievejlederens computer og markeret som ikke sendt, og det bliver ikke delt med næste års studerende.</source>
      <translation>Je hebt niet op Versturen gedrukt. Wat je schreef, is als concept bewaard op de computer van de studieadviseur, gemarkeerd als niet verstuurd, en wordt niet gedeeld met de studenten van volgend jaar.</translation>
    </message>
    <message>
      <source>Du trykkede ikke Send, så brevet er ikke nået frem til studievejlederen og bliver ikke delt. Det var kun gemt på denne enhed.</source>
      <translation>Je hebt niet op Versturen gedrukt, dus de brief is niet bij de studieadviseur aangekomen en wordt niet gedeeld. Hij stond alleen op dit apparaat.</translation>
    </message>
    <message>
      <source>Dine sidste rettelser til brevet blev ikke sendt. Det er den version, du sendte, der gælder.</source>
      <translation>Je laatste wijzigingen aan de brief zijn niet verstuurd. De versie die je hebt verstuurd, telt.</translation>
    </message>
    <message>
      <source>Næste studerende</source>
      <translation>Volgende student</translation>
    </message>
    <message>
      <source>Skal en anden bruge denne enhed? Tryk her, så bliver alt, du har skrevet, fjernet fra enheden.</source>
      <translation>Gebruikt straks iemand anders dit apparaat? Druk hier en alles wat je hebt geschreven, wordt van het apparaat verwijderd.</translation>
    </message>
    <message>
      <source>Skal enheden gøres klar til en ny studerende? Alt, du har skrevet, bliver fjernet fra denne enhed.</source>
      <translation>Dit apparaat klaarmaken voor een nieuwe student? Alles wat je hebt geschreven, wordt van dit apparaat verwijderd.</translation>
    </message>
    <message>
      <source>Ja, gør klar</source>
      <translation>Ja, klaarmaken</translation>
    </message>
    <message>
      <source>Fortryd</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Gør enheden klar til en ny studerende …</source>
      <translation>Het apparaat wordt klaargemaakt voor een nieuwe student …</translation>
    </message>
    <message>
      <source>Enheden er klar til en ny studerende. Det, den forrige skrev, er fjernet herfra.</source>
      <translation>Dit apparaat is klaar voor een nieuwe student. Wat de vorige schreef, is ervan verwijderd.</translation>
    </message>
    <message>
      <source>Vent et øjeblik – dine tekster er ikke sendt endnu.</source>
      <translation>Even wachten – je teksten zijn nog niet verstuurd.</translation>
    </message>
    <message>
      <source>Sessionen er slut. Tak!</source>
      <translation>De sessie is afgelopen. Bedankt!</translation>
    </message>
    <message>
      <source>Denne enhed er ryddet: intet af det, du skrev, er gemt på den.</source>
      <translation>Dit apparaat is leeggemaakt: niets van wat je schreef, staat er nog op.</translation>
    </message>
    <message>
      <source>Noget af det, du skrev, er ikke nået frem til studievejlederens computer. Det er gemt på denne enhed og sendes, når forbindelsen er tilbage. Luk ikke siden, og sig det til studievejlederen.</source>
      <translation>Een deel van wat je schreef, is nog niet op de computer van de studieadviseur aangekomen. Het staat op dit apparaat en wordt verstuurd zodra de verbinding terug is. Sluit de pagina niet, en zeg het tegen de studieadviseur.</translation>
    </message>
    <message>
      <source>Enheden er nulstillet til en ny studerende.</source>
      <translation>Dit apparaat is teruggezet voor een nieuwe student.</translation>
    </message>
    <message>
      <source>Siden skal bruge JavaScript for at gemme det, du skriver.</source>
      <translation>Deze pagina heeft JavaScript nodig om te bewaren wat je schrijft.</translation>
    </message>
    <message>
      <source>Noget gik galt: {reason}</source>
      <translation>Er ging iets mis: {reason}</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Sproget kunne ikke skiftes lige nu. Prøv igen om lidt.</source>
      <translation>De taal kon nu niet worden gewijzigd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
      <source>Det sprog findes ikke på denne side.</source>
      <translation>Die taal wordt op deze pagina niet aangeboden.</translation>
    </message>
    <message>
      <source>dansk</source>
      <translation>Deens</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>Engels</translation>
    </message>
    <message>
      <source>norsk (bokmål)</source>
      <translation>Noors (Bokmål)</translation>
    </message>
    <message>
      <source>nederlandsk</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <source>Spørgsmål og tekster i denne session findes ikke på dansk, så de vises på {shown}.</source>
      <translation>De vragen en teksten van deze sessie zijn niet beschikbaar in het Nederlands, dus ze worden getoond in het {shown}.</translation>
    </message>
    <message>
      <source>Vis hvad der bliver sagt</source>
      <translation>Toon wat er gezegd wordt</translation>
    </message>
    <message>
      <source>Det bliver sagt i videoen</source>
      <translation>Wat er in de video wordt gezegd</translation>
    </message>
  </context>
  <context>
    <name>VideoController</name>
    <message>
      <source>Afspiller: %1</source>
      <translation>Speelt af: %1</translation>
    </message>
    <message>
      <source>Videoen er slut. Tryk → for næste trin.</source>
      <translation>De video is afgelopen. Druk op → voor de volgende stap.</translation>
    </message>
    <message>
      <source>Pause (P)</source>
      <translation>Pauze (P)</translation>
    </message>
    <message>
      <source>Afspil (P)</source>
      <translation>Afspelen (P)</translation>
    </message>
  </context>
  <context>
    <name>VideoPlayer</name>
    <message>
      <source>Videoen kunne ikke afspilles: {name} findes ikke</source>
      <translation>De video kon niet worden afgespeeld: {name} bestaat niet</translation>
    </message>
    <message>
      <source>Videoen kunne ikke afspilles: {name} er beskadiget eller i et format, der ikke kan afspilles</source>
      <translation>De video kon niet worden afgespeeld: {name} is beschadigd of heeft een formaat dat niet kan worden afgespeeld</translation>
    </message>
    <message>
      <source>Videoen kunne ikke afspilles: {name} ({detail})</source>
      <translation>De video kon niet worden afgespeeld: {name} ({detail})</translation>
    </message>
    <message>
      <source>Underteksterne {name} kunne ikke indlæses ({reason}); videoen vises uden undertekster</source>
      <translation>De ondertiteling {name} kon niet worden geladen ({reason}); de video wordt zonder ondertiteling getoond</translation>
    </message>
    <message>
      <source>filen findes ikke</source>
      <translation>het bestand bestaat niet</translation>
    </message>
    <message>
      <source>VLC meldte en fejl</source>
      <translation>VLC meldde een fout</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>Besked</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Afstemning</source>
      <translation>Peiling</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Reflectie</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Brief</translation>
    </message>
    <message>
      <source>Afslutning</source>
      <translation>Afsluiting</translation>
    </message>
    <message>
      <source>Ikke startet</source>
      <translation>Niet gestart</translation>
    </message>
    <message>
      <source>Afbrudt</source>
      <translation>Onderbroken</translation>
    </message>
    <message>
      <source>Afsluttet</source>
      <translation>Beëindigd</translation>
    </message>
    <message>
      <source>Eksporteret</source>
      <translation>Geëxporteerd</translation>
    </message>
    <message>
      <source>Muligt navn</source>
      <extracomment>What the review calls each kind of flagged personal data.</extracomment>
      <translation>Mogelijke naam</translation>
    </message>
    <message>
      <source>E-mailadresse</source>
      <translation>E-mailadres</translation>
    </message>
    <message>
      <source>Telefonnummer</source>
      <translation>Telefoonnummer</translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>BSN</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Brugernavn</source>
      <translation>Gebruikersnaam</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Adres</translation>
    </message>
    <message>
      <source>behandling</source>
      <extracomment>The study arms, for the counsellor only (settings, the override question): never on the projector, the cover or a student's page.</extracomment>
      <translation>interventie</translation>
    </message>
    <message>
      <source>kontrol</source>
      <translation>controle</translation>
    </message>
  </context>
</TS>