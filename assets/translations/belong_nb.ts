<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="da_DK">
<context>
    <name>Booklet</name>
    <message>
        <source>Breve til nye studerende</source>
        <extracomment>A letter up to this many characters stays on one page (it fits with room to spare).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breve fra studerende til næste års nye studerende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} breve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ét brev</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookletController</name>
    <message>
        <source>Kan klassen se din skærm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det næste, du ser, er elevernes egne breve. Din skærm vises måske på projektoren (én skærm eller spejling), og klassen må ikke se brevene. Sluk projektoren, eller tag kablet ud, før du fortsætter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektoren viser ikke min skærm – vis brevene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevhæftet er lukket, fordi din skærm måske vises på projektoren. Dine valg er gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henter brevene …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brev %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>godkendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skjult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 udeladt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkendt: %1 · Skjult: %2 · Venter: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sæt flueben ved en eller flere afsluttede sessioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen breve i de valgte sessioner må deles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulige personoplysninger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen mulige personoplysninger fundet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriften i hæftet kan ikke vise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udelad tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevhæfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem brevhæftet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brevhaefte.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laver brevhæftet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breve er sat i tilfældig rækkefølge og gemt i %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breve venter stadig på at blive gennemgået.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevhæftet er gemt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookletView</name>
    <message>
        <source>Brevhæfte til næste års nye studerende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udelad markeret tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortryd udeladelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breve til nye studerende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lav brevhæfte (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breve, der må deles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomController</name>
    <message>
        <source>Siden til de studerende er slået fra i denne udgave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siden til de studerende startes …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siden til de studerende kunne ikke startes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter siden til de studerende …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlStrip</name>
    <message>
        <source>Styring</source>
        <extracomment>Pixels between the strip and the top of the screen. At the top, it hides neither the projector&apos;s calm timer line nor a video&apos;s subtitles, which are both at the bottom.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forrige trin (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-kode (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til startskærmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrolvindue …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis noterne og hele kontrolvinduet: kun når klassen ikke kan se skærmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen er afsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin %1 af %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlWindow</name>
    <message>
        <source>belong-desktop</source>
        <extracomment>How long a line stays in the status bar (an export, texts deleted at start-up).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velkommen</source>
        <extracomment>Set by the screen layout: the class sees this window (the shared layout) … … or may see it (one screen or mirroring, also in the private layout).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen er ikke startet: en afvigelse fra kittet kræver en begrundelse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette er sidste trin. Afslut sessionen med knappen nederst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 studerende har skrevet uden at sende endnu. Går du videre nu, gemmes deres tekst som ikke sendt. Vil du gå videre nu? (Nej: vent lidt på dem.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nogle skriver stadig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note gemt kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du afslutte sessionen nu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breve er ikke sendt. De gemmes som ikke sendt og tæller ikke som svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluttet før tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen slutter før sidste trin. Skriv kort hvorfor (til loggen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle enheder starter forfra som nye, anonyme deltagere. Det, der allerede er sendt, er gemt. Vil du nulstille?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulstil alle enheder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste: %1/%2 · %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette er sidste trin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul resultatet på lærredet (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis resultatet på lærredet (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultatet kan vises, når %1 har svaret (%2 indtil nu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltag: %1 · kode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det lykkedes ikke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Uventet fejl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Holdets kode »%1« kan ikke bruges. Brug 1–32 bogstaver, tal, mellemrum, punktum, bindestreg eller understreg.</source>
        <extracomment>code → (Danish source text, the params that fill %1, %2, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakken findes ikke på sproget »%1«. Den har: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv noget i noten først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En note kan højst have %1 tegn; denne har %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette er sidste trin. Afslut sessionen med knappen nederst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette er første trin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen kører ikke længere, så det kan ikke gøres nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen er allerede startet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen er ikke afsluttet endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen er eksporteret; dens noter kan ikke ændres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indholdspakken i %1 kan ikke bruges (%2 fejl). Kommandoen »belong-desktop packs validate« viser dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der blev valgt en mappe. Skriv et filnavn, og prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen findes ikke. Vælg en anden mappe, og prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen %1 kunne ikke skrives (er der plads, og må du skrive der?). Intet halvt skrevet er efterladt. Vælg et andet sted, og prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrifttypen %1 mangler, så dokumentet kan ikke laves. Installér belong-desktop igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indholdspakken »%1« findes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen blev kørt med pakken %1 %2, men %3 indeholder nu en anden udgave, så den kan ikke genoptages. Afslut den med »belong-desktop session end«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakken %1, som sessionen blev kørt med, kan ikke længere indlæses fra %2, så sessionen kan ikke genoptages. Afslut den med »belong-desktop session end«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen findes ikke længere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 er ikke en database fra belong-desktop, så programmet åbner den ikke, og filen er ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %2). Start derefter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en sikkerhedskopi af databasen tilbage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 er skrevet af en nyere udgave af belong-desktop. Opdatér programmet for at åbne den; filen er ikke ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen kan ikke oprettes i %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen %1 kan ikke opdateres til denne udgave. Filen er ikke ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disken med databasen (%1) er fuld, så det blev ikke gemt. Slet filer, du ikke skal bruge, og prøv igen. Alt, der er gemt før, er i orden, og de studerendes sider beholder deres tekst og prøver igen af sig selv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen %1 kan ikke skrives lige nu, så det blev ikke gemt. Alt, der er gemt før, er i orden. Prøv igen; detaljerne står i logfilen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen %1 er beskadiget (%2), så programmet åbner den ikke, og filen er ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %3). Start derefter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en sikkerhedskopi af databasen tilbage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopien %1 kunne ikke laves (måske er disken fuld, eller filen findes allerede). Den beskadigede fil er ikke ændret; kopiér den selv et sikkert sted hen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porten (%1) er optaget af et andet program. Vælg en anden port, eller lad den stå på automatisk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siden kan ikke nås på %1. Vælg et andet netværk eller en anden port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siden kunne ikke startes. Detaljerne står i logfilen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videoerne kan ikke afspilles med %1 på denne computer. Fjern indstillingen BELONG_VIDEO_BACKEND, så vælger programmet selv, eller installér VLC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BELONG_VIDEO_BACKEND=%1 kendes ikke; brug vlc eller qt, eller fjern indstillingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hastigheden skal være over 0 og højst 1.000.000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kan ikke bruges som kit fra ministeriet. Kittet, der er i brug, er uændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er ikke et kit fra ministeriet (den er ikke en kit-fil). Kittet, der er i brug, er uændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er ikke et kit til belong-desktop. Kittet, der er i brug, er uændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kittet er lavet til en nyere udgave af belong-desktop. Opdatér programmet, og indlæs kittet igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kittet bruger en indholdspakke, som ikke findes på denne computer: %1. Tilføj pakken, og indlæs kittet igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministeriets nøgle i kittet kan ikke bruges (en modtagernøgle begynder med age1). Bed ministeriet om kittet igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdet »%1« står ikke i kittet %2. Vælg en pakke, og skriv hvorfor holdet er med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv en begrundelse på mindst %1 tegn, når du afviger fra kittet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg en indholdspakke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg mellem %1 og %2 enheder pr. session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg mellem 1 og 3650 dage, eller slå den automatiske sletning fra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutningen kunne ikke gemmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksterne kan gennemgås, når sessionen er afsluttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksten findes ikke længere i sessionen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksten er ændret, siden den blev vist. Den vises igen, som den er nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporten blev ikke gennemført. Intet er ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kun en afsluttet session kan eksporteres. Afslut den først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er intet kit fra ministeriet på denne computer, så filen kan ikke krypteres til ministeriet. Indlæs kittet under Indstillinger, og eksportér derefter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mulige personoplysninger er ikke gennemgået endnu. Gennemgå dem før eksporten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kunne ikke skrives i mappen %1 (er der plads, og må du skrive der?). Intet halvt skrevet er efterladt. Vælg en anden mappe, og prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksterne kan først slettes, når sessionen er eksporteret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen blev aldrig startet, så der er ikke noget at skrive en rapport om.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten findes kun på dansk og engelsk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevhæftet kunne ikke laves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg mindst én afsluttet session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevene kan først gennemgås, når sessionen er afsluttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det er ikke et brev, som skribenten har sagt ja til at dele.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markér de ord i brevet, der skal udelades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet brev er godkendt endnu, så der er intet at trykke. %1 breve venter på at blive gennemgået.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionerne er kørt med forskellige pakker. Lav ét brevhæfte for hver pakke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 var optaget, så siden kører nu på port %2. Enheder, der allerede var med, skal scanne QR-koden igen.</source>
        <extracomment>What the class panel says about how the student page was served (JoinInfo.warning_code).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computeren er ikke på noget netværk: kun den selv kan åbne siden. Forbind til klassens trådløse net, og start sessionen igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det lykkedes ikke (fejlkode %1). Alt, der er gemt, er i orden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der skete en uventet fejl. Sessionen og alt, hvad der er gemt, er i orden; du kan fortsætte. Detaljerne står i logfilen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Intet kit fra ministeriet</source>
        <extracomment>True while the laptop&apos;s screen may be on the projector (one screen, mirrored).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leder efter personoplysninger i teksterne …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporten venter. Det, du har besluttet i gennemgangen, er gemt; resten kan du gennemgå senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg mappen til eksporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporten er ikke lavet: der blev ikke valgt en mappe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporterer og krypterer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporteret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet elevernes tekster i denne session fra computeren nu? Eksportfilen, kvitteringen og sessionens log bliver. Det kan ikke fortrydes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporten er gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet tekster fra denne computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet teksterne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sletter teksterne …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksterne er slettet fra denne computer (%1 svar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksterne blev ikke slettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevernes tekster er slettet fra %1 eksporterede sessioner, som indstillingen for sletning efter eksport siger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gamle tekster kunne ikke slettes automatisk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporten lykkedes ikke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Eksporteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sessionen er eksporteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krypteret til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis mappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enheder, %2 sendte tekster, %3 ikke sendt ved afslutningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 svar i afstemningen, %2 noter i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 personoplysninger skjult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er krypteret: kun ministeriet kan åbne den. Send den, som ministeriet har bedt om (fx via sikker upload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det er eksport nr. %1 af sessionen; ministeriet bruger den nyeste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorScript</name>
    <message>
        <source>Drejebog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drejebog for studievejlederen – timens plan trin for trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indholdspakke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planlagt varighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min i {steps} trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekster, der ikke er sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemmes anonymt på computeren, mens de skriver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bliver på de studerendes enheder, til de trykker Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Husk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kald ikke timen en intervention eller et trivselskursus, og sig ikke, at den skal hjælpe de studerende eller gøre noget for dem: vi vil gerne lære af studerendes erfaringer. Alt, de skriver, er anonymt, og ingen skal læse noget op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timen på én side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klokken tæller fra timens start (0:00), når du starter sessionen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Før timen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sæt kryds, når det er gjort. Kom gerne et kvarter før.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokalet: stole og borde, lys der kan dæmpes, og en plads til dig, hvor du kan se lærredet og din skærm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektoren: test den i spejlet og i udvidet tilstand, og se, at lærredsvinduet kommer op på det store lærred (F5 skifter fuld skærm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyden: test den med den første video ({video}), så den kan høres bagerst i lokalet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netværket: computeren på det netværk, de studerendes telefoner og computere bruger (lokalets trådløse net).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adgangskoden: start programmet, åbn siden med QR-kode, adresse og kode (J), og prøv selv at komme ind med en telefon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhederne: de studerendes telefoner eller computere opladet – eller lokalets computere tændt og logget ind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivningen: alle kan skrive på en telefon eller et tastatur; hav et par ekstra enheder eller papir parat til den, der mangler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Støtte: de lokale kontaktoplysninger, du vil nævne til sidst (studievejledning, Studenterrådgivningen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin for trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {minutes} min · klokken {clock} · trin-id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sig og gør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lærredet viser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De studerendes skærme viser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video: {file}, med undertekster på {subtitle_language} ({subtitles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video: {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarmuligheder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultatet kan vises på lærredet (R), når mindst {minimum} har svaret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriveopgaven:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under opgaven: et skrivefelt og knappen Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet under brevet (ja/nej): {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afstemning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refleksion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dansk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engelsk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Klassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheder: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>På dette trin: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulstil alle enheder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis adresse og kode nederst på lærredet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siden til de studerende er ikke startet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siden har travlt: %1 forbindelser blev afvist det sidste minut. Det retter sig som regel selv; bed eleverne vente et øjeblik og prøve igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klassen er fuld: %1 enheder kunne ikke komme ind det sidste minut. Grænsen kan hæves under Indstillinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mange forkerte koder det sidste minut (%1). Den rigtige kode virker stadig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 svar kunne ikke gemmes det sidste minut: disken er måske fuld. Frigør plads på computeren; eleverne beholder deres tekst på skærmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilbage til trinnet på lærredet (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis QR-kode og kode på lærredet (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>På dette trin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 skriver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 ikke sendt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitCard</name>
    <message>
        <source>Ministeriets fingeraftryk</source>
        <extracomment>Institutions listed by name before the rest are counted as &quot;and N more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Læs fingeraftrykket op for ministeriet, og kontrollér at det er det samme, før første eksport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forsøg %1 · kittet er lavet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findes ikke på denne computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>og %1 andre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hold på én institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hold på %2 institutioner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinistrySummary</name>
    <message>
        <source>Samlet opgørelse til ministeriet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessioner, gennemførelse, deltagelse og svarlængder på tværs af institutioner og arme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overblik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forsøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionsfiler flettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-versioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filformat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} version {version} (den eneste, fletningen læser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} med belong-desktop {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindste antal bag et tal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sådan læses opgørelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hver session er én klassetime med én studiegruppe; armen er den pakke, der blev kørt (indsats eller kontrol). Tallene kommer fra de flettede tabeller: sessioner og trin fra session- og steps-tabellerne, deltagelse fra eksportens egne tal (bundles-tabellen), svarlængder fra de sendte tekster. Medianen er den midterste værdi; kvartilerne afgrænser den midterste halvdel. Andele er af alle sessioner eller planlagte trin i cellen. Et tal, der bygger på færre end {minimum} sessioner (eller tekster), vises ikke; hvor tabellen har totaler, skjules også en anden celle i samme række eller kolonne, så det skjulte tal ikke kan regnes ud, og de samme celler skjules i alle tabeller. I diagrammerne står – for et tal, der ikke vises eller ikke findes. Ingen elevtekst er gengivet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vises ikke (beskytter en lille celle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ingen institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle institutioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Sessioner pr. institution og arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal gennemførte og eksporterede sessioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessioner pr. institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Gennemførelse (fidelitet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighed: minutter fra start til slut, og medianen af varighed delt med planens minutter. Trin vist: trin vist mindst én gang af planlagte trin. Videoer til ende: planlagte videotrin, hvis sidste visning kørte til ende. Med note om afvigelse: sessioner med mindst én note fra underviseren. Sluttet før tid: sessioner afsluttet før sidste trin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gennemførelse pr. arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighed i forhold til planen pr. institution (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutter (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planlagt (min.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighed af plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin vist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videoer til ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med note om afvigelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttet før tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Deltagelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheder, der deltog, tekster sendt og kladder, der aldrig blev sendt, men var gemt, da trinnet lukkede: i alt og medianen pr. session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median pr. session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekster sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kladder ved lukning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, i alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Svarlængder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Længden i tegn af de sendte refleksioner og breve (kun sendte tekster er svar; kladder tæller ikke). Fjernede personoplysninger tæller som deres pladsholder, fx [navn].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessioner er udeladt her, fordi deres tekster var slettet før eksporten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median i tegn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivetrin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nedre kvartil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Øvre kvartil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refleksion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlet opgørelse · {trial}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Tidligere sessioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gennemse og eksportér …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet tekster …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem en rapport over sessionen som PDF: plan og faktisk tid, deltagelse, noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevhæfte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg en afsluttet session for at gennemse og eksportere den til ministeriet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporteret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekster slettet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorPreview</name>
    <message>
        <source>Det, klassen ser på lærredet lige nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>På lærredet nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Video på lærredet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan QR-koden med kameraet, eller åbn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>og skriv koden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar på din egen skærm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 har svaret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videoen kan ikke vises lige nu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>Gem sessionsrapporten</source>
        <extracomment>The report&apos;s language until the settings screen lets the counsellor choose (issue 14).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-dokumenter (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten er ikke lavet: der blev ikke valgt en fil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriver sessionsrapporten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionsrapporten er gemt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten blev ikke lavet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Side {page} af {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>færre end {minimum} – vises ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lavet med belong-desktop {version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Gennemse tekster før eksport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fra deltager %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke sendt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Kan klassen se din skærm?</source>
        <extracomment>The flag being decided, and the other flags in the same text still to come.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det næste, du ser, er elevernes egne tekster. Din skærm vises måske på projektoren (én skærm eller spejling), og klassen må ikke se teksterne. Sluk projektoren, eller tag kablet ud, før du fortsætter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektoren viser ikke min skærm – vis teksterne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personoplysninger før eksport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevens tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 af %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: »%2«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul (→ %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul erstatter ordene med %1 i teksten på denne computer og i eksporten; det kan ikke fortrydes. Behold lader teksten stå, som eleven skrev den. Tasterne: S skjuler, B beholder, Esc afbryder (det besluttede er gemt).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brugt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lærredet er sort. Tryk B eller mellemrum for at vise det igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Forrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis resultatet på lærredet (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note om afvigelser (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektor fuld skærm (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genveje (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>af %1 min planlagt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenBadge</name>
    <message>
        <source>Klassevisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul noter og pakke: klassen kan se skærmen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenLayout</name>
    <message>
        <source>Vis hele kontrolvinduet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noter, pakke og alt andet i kontrolvinduet bliver synligt på denne skærm. Gør det kun, når klassen ikke kan se skærmen, fx når du forbereder dig. Vis kontrolvinduet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen vises på projektoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styr timen med bjælken øverst eller med tasterne: mellemrum eller → frem, ← tilbage, J for QR-koden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen er afsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslutningen vises stadig. »Til startskærmen« i bjælken fører tilbage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To skærme: klassen ser projektoren på »%1«, og noterne bliver på din skærm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spejlet skærm: klassen ser det samme som dig. Derfor vises hverken noter eller pakke her, og under sessionen styrer du fra en lille bjælke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Én skærm: vises den på lærredet, ser klassen det samme som dig. Derfor vises hverken noter eller pakke her, og under sessionen styrer du fra en lille bjælke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To skærme · projektor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privat visning: klassen må ikke kunne se denne skærm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektoren er fundet på »%1«. Den viser kun klassens billede; noterne er tilbage på din skærm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skærmen spejles nu. Klassevisning er slået til: noter og pakke er skjult, og timen fortsætter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er nu kun én skærm. Klassevisning er slået til: noter og pakke er skjult, og timen fortsætter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen kunne ikke startes. Forklaringen står i det hele kontrolvindue; åbn det, når klassen ikke ser med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen kunne ikke genoptages. Forklaringen står i det hele kontrolvindue; åbn det, når klassen ikke ser med.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptController</name>
    <message>
        <source>Gem drejebogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laver drejebogen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drejebogen er gemt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drejebogen blev ikke gemt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionClock</name>
    <message>
        <source>Planen når over %1 minutter: ca. %2 min i alt. Overvej at korte af.</source>
        <extracomment>Steps where the class works on its own devices and sees how long it has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca. %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under et minut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiden er ved at være gået</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>Sessionsrapport</source>
        <extracomment>The languages the report&apos;s own words are written in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan og forløb for én session. Rapporten indeholder ingen elevtekster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten indeholder ingen tekster, som elever har skrevet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start og slut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheder med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d.%m.%Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dansk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engelsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>norsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nederlandsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen er ikke afsluttet; tiderne gælder indtil nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen blev afsluttet før sidste trin: {count} trin blev ikke nået.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} trin er ikke nået endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle trin blev vist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid pr. trin: plan og faktisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutter pr. trin. Samme tal står i tabellen nedenfor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faktisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faktisk (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forskel (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke nået</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faktisk i alt er tiden fra start til slut; trinenes tider kan give lidt mindre (skift mellem trin) eller mere (trin vist flere gange).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{devices} enheder var med (en enhed, hvis elevside blev åbnet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekster sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kladder ved lukning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke sendt, trin åbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakken har ingen skrivetrin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afstemninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarmulighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} svar i alt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultater vises kun fra {minimum} svar, som på projektoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videoer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vist til ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Længst til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke logget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakken har ingen videoer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noter om afvigelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er ingen noter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afvigelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valg af pakke eller hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skrevet af programmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>før start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trin {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessionen er ikke eksporteret til ministeriet endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporteret til ministeriet {count} gang(e), senest {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevernes tekster blev slettet fra computeren {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afstemning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refleksion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslutning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Vælg kittet fra ministeriet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit fra ministeriet (*.json *.kit);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kittet %1 er indlæst. Husk at læse fingeraftrykket op for ministeriet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern kittet %1? Nye sessioner får så ikke deres pakke fra kittet, og sessioner kan ikke eksporteres, før et kit er indlæst igen. Sessionerne, der allerede er kørt, beholder deres oplysninger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kittet er fjernet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemt: teksterne slettes fra denne computer %1 dage efter eksporten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemt: teksterne bliver, til du sletter dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemt: højst %1 enheder pr. session, fra næste gang siden til de studerende startes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Indstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilbage til startskærmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit fra ministeriet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet kit indlæst. Uden kit vælger du selv pakken til hvert hold, og sessioner kan ikke eksporteres til ministeriet. Kittet er en fil, du får fra ministeriet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kittet er i brug: holdenes pakke følger kittet, og eksporten krypteres til ministeriet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs kit …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevernes tekster efter eksport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behold dem, til jeg sletter dem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet dem automatisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dage efter eksport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sletningen sker, når programmet starter. Kvitteringen for eksporten og sessionens log bliver; kun elevernes tekster fjernes fra denne computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheder pr. session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Højst antal enheder pr. session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Højst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enheder (%1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Så mange enheder kan deltage i én session; flere får at vide, at der ikke er plads. 500 passer til en klasse; hæv tallet til et auditorium. Ændringen gælder, næste gang siden til de studerende startes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportmappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporterede filer lægges her, medmindre du vælger en anden mappe ved eksporten. Filerne er krypterede: kun ministeriet kan åbne dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs et andet kit …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kittet i filen »%1« (ikke indlæst endnu; det afløser kittet i brug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kittet i filen »%1« (ikke indlæst endnu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send denne liste til ministeriet (den er på engelsk):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedCover</name>
    <message>
        <source>Klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fx DAT1-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pakkens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv pakkens navn, som du har fået det oplyst. Det vises ikke her, fordi klassen kan se skærmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdets kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indholdspakke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genoptag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis hele kontrolvinduet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kun når klassen ikke kan se skærmen, fx når du forbereder dig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbrudte sessioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den eneste pakke er valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med kittet følger pakken holdet: skriv kun holdets kode. Skriv et pakkenavn her, kun hvis du vil afvige fra kittet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen pakke med det navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Pakken er fundet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er ingen indholdspakke at vælge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdet står ikke i kittet. Skriv pakkens navn for at køre det alligevel; du bliver bedt om en begrundelse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv pakkens navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er ingen pakke med det navn. Tjek stavningen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Ny session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fx DAT1-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kittets hold ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis alle hold i kittet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udskriv drejebog …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem timens plan for den valgte pakke og det valgte sprog som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdets kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indholdspakke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netværk til de studerendes side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genoptag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbrudte sessioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lærredet viser stadig afslutningen fra sidste session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag den ned fra lærredet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indstillinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbner databasen og indholdspakkerne …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet kit indlæst: du vælger pakken; valget logges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit %1: Pakken følger holdets gruppe i kittet. Vælger du en anden pakke eller et hold uden for kittet, skal du skrive hvorfor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle netværk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 står ikke i kittet: du vælger pakken og skriver hvorfor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I kittet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er ingen indholdspakke at vælge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Holdsession</source>
        <translation>Klasseøkt</translation>
    </message>
    <message>
        <source>Deltag i sessionen</source>
        <translation>Bli med i økten</translation>
    </message>
    <message>
        <source>Skriv koden, der står på lærredet. Du skal ikke oplyse dit navn.</source>
        <translation>Skriv koden som står på lerretet. Du blir ikke bedt om navnet ditt.</translation>
    </message>
    <message>
        <source>Kode (6 cifre)</source>
        <translation>Kode (6 sifre)</translation>
    </message>
    <message>
        <source>Deltag</source>
        <translation>Bli med</translation>
    </message>
    <message>
        <source>Et øjeblik … Tryk »Deltag«, hvis siden ikke skifter af sig selv.</source>
        <translation>Et øyeblikk … Trykk «Bli med» hvis siden ikke skifter av seg selv.</translation>
    </message>
    <message>
        <source>Skriv en kode i stedet</source>
        <translation>Skriv inn en kode i stedet</translation>
    </message>
    <message>
        <source>Skriv koden fra lærredet.</source>
        <translation>Skriv koden fra lerretet.</translation>
    </message>
    <message>
        <source>Koden passer ikke. Tjek cifrene på lærredet, og prøv igen.</source>
        <translation>Koden stemmer ikke. Sjekk sifrene på lerretet og prøv igjen.</translation>
    </message>
    <message>
        <source>For mange forkerte koder. Vent {seconds} sekunder, og prøv igen.</source>
        <translation>For mange feil koder. Vent {seconds} sekunder og prøv igjen.</translation>
    </message>
    <message>
        <source>Mange deltager lige nu. Siden prøver igen om {seconds} sekunder.</source>
        <translation>Mange blir med akkurat nå. Siden prøver igjen om {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Der er ikke plads til flere enheder i denne session.</source>
        <translation>Det er ikke plass til flere enheter i denne økten.</translation>
    </message>
    <message>
        <source>Denne session er slut. Spørg efter den nye kode på lærredet.</source>
        <translation>Denne økten er over. Se etter den nye koden på lerretet.</translation>
    </message>
    <message>
        <source>Linket virker ikke. Skriv koden fra lærredet i stedet.</source>
        <translation>Lenken virker ikke. Skriv koden fra lerretet i stedet.</translation>
    </message>
    <message>
        <source>Anonym: der gemmes ikke navne eller oplysninger om din enhed.</source>
        <translation>Anonymt: det lagres ingen navn eller opplysninger om enheten din.</translation>
    </message>
    <message>
        <source>Sessionen er ikke startet endnu. Siden skifter af sig selv.</source>
        <translation>Økten har ikke startet ennå. Siden skifter av seg selv.</translation>
    </message>
    <message>
        <source>Kig op på lærredet</source>
        <translation>Se opp på lerretet</translation>
    </message>
    <message>
        <source>Siden skifter af sig selv, når der er noget, du skal svare på eller skrive.</source>
        <translation>Siden skifter av seg selv når det er noe å svare på eller skrive.</translation>
    </message>
    <message>
        <source>Svar anonymt</source>
        <translation>Svar anonymt</translation>
    </message>
    <message>
        <source>Skriv for dig selv</source>
        <translation>Skriv for deg selv</translation>
    </message>
    <message>
        <source>Et brev til næste års studerende</source>
        <translation>Et brev til neste års studenter</translation>
    </message>
    <message>
        <source>Send svar</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <source>Tak, dit svar er modtaget. Du kan ændre det, så længe spørgsmålet er åbent.</source>
        <translation>Takk, svaret ditt er mottatt. Du kan endre det så lenge spørsmålet er åpent.</translation>
    </message>
    <message>
        <source>Vælg et svar først.</source>
        <translation>Velg et svar først.</translation>
    </message>
    <message>
        <source>Spørgsmålet er lukket, så svaret blev ikke talt med.</source>
        <translation>Spørsmålet var lukket, så svaret ble ikke telt med.</translation>
    </message>
    <message>
        <source>Din tekst</source>
        <translation>Teksten din</translation>
    </message>
    <message>
        <source>Dit brev</source>
        <translation>Brevet ditt</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send ændringer</source>
        <translation>Send endringer</translation>
    </message>
    <message>
        <source>{n} af {max} tegn</source>
        <translation>{n} av {max} tegn</translation>
    </message>
    <message>
        <source>Teksten er for lang: højst {max} tegn.</source>
        <translation>Teksten er for lang: høyst {max} tegn.</translation>
    </message>
    <message>
        <source>Skriv noget, før du sender.</source>
        <translation>Skriv noe før du sender.</translation>
    </message>
    <message>
        <source>Gemt på denne enhed</source>
        <translation>Lagret på denne enheten</translation>
    </message>
    <message>
        <source>Gemt på studievejlederens computer – ikke sendt</source>
        <translation>Lagret på studieveilederens datamaskin – ikke sendt</translation>
    </message>
    <message>
        <source>Gemt kun på denne enhed – sendes, når du trykker Send</source>
        <translation>Lagret bare på denne enheten – den sendes når du trykker Send</translation>
    </message>
    <message>
        <source>Sendt. Du kan stadig rette i teksten, så længe trinnet er åbent.</source>
        <translation>Sendt. Du kan fortsatt endre teksten mens dette trinnet er åpent.</translation>
    </message>
    <message>
        <source>Sendt – men dine rettelser er kun gemt på denne enhed. Tryk »Send ændringer« for at sende dem.</source>
        <translation>Sendt – men endringene dine er bare lagret på denne enheten. Trykk «Send endringer» for å sende dem.</translation>
    </message>
    <message>
        <source>Sendt – dine rettelser er gemt på studievejlederens computer, men ikke sendt. Tryk »Send ændringer« for at sende dem.</source>
        <translation>Sendt – endringene dine er lagret på studieveilederens datamaskin, men ikke sendt. Trykk «Send endringer» for å sende dem.</translation>
    </message>
    <message>
        <source>Trinnet var lukket, da teksten nåede frem. Den er gemt på studievejlederens computer, men markeret som ikke sendt.</source>
        <translation>Trinnet var lukket da teksten kom fram. Den er lagret på studieveilederens datamaskin, men merket som ikke sendt.</translation>
    </message>
    <message>
        <source>Det, du skriver her, gemmes anonymt på studievejlederens computer, mens du skriver – også før du trykker Send. Når du trykker Send, er teksten dit svar. Tekst, du ikke sender, gemmes som kladde og markeres som ikke sendt.</source>
        <translation>Det du skriver her, lagres anonymt på studieveilederens datamaskin mens du skriver – også før du trykker Send. Når du trykker Send, er teksten svaret ditt. Tekst du ikke sender, lagres som utkast og merkes som ikke sendt.</translation>
    </message>
    <message>
        <source>Det, du skriver her, gemmes kun på denne enhed, indtil du trykker Send. Først når du trykker Send, sendes teksten anonymt til studievejlederens computer. Tekst, du ikke sender, forlader ikke enheden.</source>
        <translation>Det du skriver her, blir bare lagret på denne enheten til du trykker Send. Først når du trykker Send, sendes teksten anonymt til studieveilederens datamaskin. Tekst du ikke sender, forlater ikke enheten.</translation>
    </message>
    <message>
        <source>Dit brev kan kun blive delt, hvis du sender det og svarer ja under brevet.</source>
        <translation>Brevet ditt kan bare deles hvis du sender det og svarer ja under det.</translation>
    </message>
    <message>
        <source>Denne session gemmer ikke kladder: teksten bliver på denne enhed, indtil du trykker Send.</source>
        <translation>Denne økten lagrer ingen utkast: teksten blir på denne enheten til du trykker Send.</translation>
    </message>
    <message>
        <source>Gemt på denne enhed – sendes, når forbindelsen er tilbage.</source>
        <translation>Lagret på denne enheten – den sendes når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>Ingen forbindelse lige nu. Siden prøver igen af sig selv.</source>
        <translation>Ingen forbindelse akkurat nå. Siden prøver igjen av seg selv.</translation>
    </message>
    <message>
        <source>Forbindelsen er tilbage.</source>
        <translation>Forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>Studievejlederens computer kan ikke gemme lige nu. Prøv igen om lidt.</source>
        <translation>Studieveilederens datamaskin kan ikke lagre akkurat nå. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>Ikke gemt endnu – lad siden være åben. Det, du har skrevet eller valgt, er her på enheden, og siden prøver igen af sig selv.</source>
        <translation>Ikke lagret ennå – hold denne siden åpen. Det du har skrevet eller valgt, er her på enheten, og siden prøver igjen av seg selv.</translation>
    </message>
    <message>
        <source>Ja, mit brev må deles uden navn</source>
        <translation>Ja, brevet mitt kan deles uten navnet mitt</translation>
    </message>
    <message>
        <source>Nej, det skal ikke deles</source>
        <translation>Nei, ikke del det</translation>
    </message>
    <message>
        <source>Vælg ja eller nej under brevet, før du sender.</source>
        <translation>Velg ja eller nei under brevet før du sender.</translation>
    </message>
    <message>
        <source>Nyt spørgsmål</source>
        <translation>Nytt spørsmål</translation>
    </message>
    <message>
        <source>Det, du skrev før, hører til det forrige spørgsmål og er ikke flyttet med hertil.</source>
        <translation>Det du skrev før, hører til det forrige spørsmålet og er ikke flyttet hit.</translation>
    </message>
    <message>
        <source>Siden har skiftet: {heading}</source>
        <translation>Siden er endret: {heading}</translation>
    </message>
    <message>
        <source>Hold {group}</source>
        <translation>Gruppe {group}</translation>
    </message>
    <message>
        <source>Tak for i dag</source>
        <translation>Takk for i dag</translation>
    </message>
    <message>
        <source>Dit brev blev ikke sendt</source>
        <translation>Brevet ditt ble ikke sendt</translation>
    </message>
    <message>
        <source>Du trykkede ikke Send. Det, du skrev, er gemt som kladde på studievejlederens computer og markeret som ikke sendt, og det bliver ikke delt med næste års studerende.</source>
        <translation>Du trykket ikke Send. Det du skrev, er lagret som utkast på studieveilederens datamaskin, merket som ikke sendt, og det blir ikke delt med neste års studenter.</translation>
    </message>
    <message>
        <source>Du trykkede ikke Send, så brevet er ikke nået frem til studievejlederen og bliver ikke delt. Det var kun gemt på denne enhed.</source>
        <translation>Du trykket ikke Send, så brevet kom ikke fram til studieveilederen og blir ikke delt. Det var bare lagret på denne enheten.</translation>
    </message>
    <message>
        <source>Dine sidste rettelser til brevet blev ikke sendt. Det er den version, du sendte, der gælder.</source>
        <translation>De siste endringene dine i brevet ble ikke sendt. Det er versjonen du sendte, som gjelder.</translation>
    </message>
    <message>
        <source>Næste studerende</source>
        <translation>Neste student</translation>
    </message>
    <message>
        <source>Skal en anden bruge denne enhed? Tryk her, så bliver alt, du har skrevet, fjernet fra enheden.</source>
        <translation>Skal noen andre bruke denne enheten? Trykk her, så blir alt du har skrevet, fjernet fra enheten.</translation>
    </message>
    <message>
        <source>Skal enheden gøres klar til en ny studerende? Alt, du har skrevet, bliver fjernet fra denne enhed.</source>
        <translation>Skal enheten gjøres klar for en ny student? Alt du har skrevet, blir fjernet fra denne enheten.</translation>
    </message>
    <message>
        <source>Ja, gør klar</source>
        <translation>Ja, gjør klar</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Gør enheden klar til en ny studerende …</source>
        <translation>Gjør enheten klar for en ny student …</translation>
    </message>
    <message>
        <source>Enheden er klar til en ny studerende. Det, den forrige skrev, er fjernet herfra.</source>
        <translation>Enheten er klar for en ny student. Det den forrige skrev, er fjernet herfra.</translation>
    </message>
    <message>
        <source>Vent et øjeblik – dine tekster er ikke sendt endnu.</source>
        <translation>Vent litt – tekstene dine er ikke sendt ennå.</translation>
    </message>
    <message>
        <source>Sessionen er slut. Tak!</source>
        <translation>Økten er over. Takk!</translation>
    </message>
    <message>
        <source>Denne enhed er ryddet: intet af det, du skrev, er gemt på den.</source>
        <translation>Denne enheten er ryddet: ingenting av det du skrev, er lagret på den.</translation>
    </message>
    <message>
        <source>Noget af det, du skrev, er ikke nået frem til studievejlederens computer. Det er gemt på denne enhed og sendes, når forbindelsen er tilbage. Luk ikke siden, og sig det til studievejlederen.</source>
        <translation>Noe av det du skrev, har ikke kommet fram til studieveilederens datamaskin. Det er lagret på denne enheten og sendes når forbindelsen er tilbake. Ikke lukk siden, og si fra til studieveilederen.</translation>
    </message>
    <message>
        <source>Enheden er nulstillet til en ny studerende.</source>
        <translation>Enheten er tilbakestilt for en ny student.</translation>
    </message>
    <message>
        <source>Siden skal bruge JavaScript for at gemme det, du skriver.</source>
        <translation>Siden trenger JavaScript for å ta vare på det du skriver.</translation>
    </message>
    <message>
        <source>Noget gik galt: {reason}</source>
        <translation>Noe gikk galt: {reason}</translation>
    </message>
</context>
<context>
    <name>VideoController</name>
    <message>
        <source>Afspiller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videoen er slut. Tryk → for næste trin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspil (P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Videoen kunne ikke afspilles: {name} findes ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videoen kunne ikke afspilles: {name} er beskadiget eller i et format, der ikke kan afspilles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videoen kunne ikke afspilles: {name} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underteksterne {name} kunne ikke indlæses ({reason}); videoen vises uden undertekster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filen findes ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLC meldte en fejl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Besked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afstemning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refleksion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbrudt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muligt navn</source>
        <extracomment>What the review calls each kind of flagged personal data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailadresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brugernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behandling</source>
        <extracomment>The study arms, for the counsellor only (settings, the override question): never on the projector, the cover or a student&apos;s page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontrol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
