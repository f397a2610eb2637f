<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb" sourcelanguage="da_DK">
  <context>
    <name>AppearanceBox</name>
    <message>
      <source>Udseende</source>
      <extracomment>The preview's size: big enough to judge the type, small enough for a 1366 × 768 laptop. The keys a radio button uses (arrows move the choice, Space checks it): the control window binds them as application shortcuts for the session (next, previous), which would take them first.</extracomment>
      <translation>Utseende</translation>
    </message>
    <message>
      <source>Tema:</source>
      <translation>Tema:</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Høj kontrast</source>
      <translation>Høy kontrast</translation>
    </message>
    <message>
      <source>Tema: %1</source>
      <translation>Tema: %1</translation>
    </message>
    <message>
      <source>Høj kontrast: hvid tekst på sort, tydelig markering af det, du står på, og sort-hvide slides på lærredet.</source>
      <translation>Høy kontrast: hvit tekst på svart, tydelig markering av det du står på, og svart-hvite lysbilder på lerretet.</translation>
    </message>
    <message>
      <source>Tekststørrelse i dette vindue:</source>
      <translation>Tekststørrelse i dette vinduet:</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>Tekststørrelse %1 procent</source>
      <translation>Tekststørrelse %1 prosent</translation>
    </message>
    <message>
      <source>Skrift på lærredet:</source>
      <translation>Skrift på lerretet:</translation>
    </message>
    <message>
      <source>Lille</source>
      <translation>Liten</translation>
    </message>
    <message>
      <source>Mellem</source>
      <translation>Middels</translation>
    </message>
    <message>
      <source>Stor</source>
      <translation>Stor</translation>
    </message>
    <message>
      <source>Meget stor</source>
      <translation>Svært stor</translation>
    </message>
    <message>
      <source>Skrift på lærredet: %1</source>
      <translation>Skrift på lerretet: %1</translation>
    </message>
    <message>
      <source>Sådan ser lærredet ud med den valgte skrift (1280 × 720):</source>
      <translation>Slik ser lerretet ut med valgt skrift (1280 × 720):</translation>
    </message>
    <message>
      <source>Eksempel på et slide på lærredet</source>
      <translation>Eksempel på et lysbilde på lerretet</translation>
    </message>
    <message>
      <source>Eksempel på koden til at deltage på lærredet</source>
      <translation>Eksempel på koden for å bli med, på lerretet</translation>
    </message>
    <message>
      <source>Til rum, hvor bageste række sidder højst %1 gange lærredets højde fra lærredet.</source>
      <translation>For rom der bakerste rad sitter høyst %1 ganger lerretets høyde fra lerretet.</translation>
    </message>
  </context>
  <context>
    <name>AppearanceController</name>
    <message>
      <source>Deltag i sessionen</source>
      <extracomment>The application's font size before any scaling, remembered on the application. A widget's own font size at 100 %, remembered on the widget.</extracomment>
      <translation>Bli med i økten</translation>
    </message>
    <message>
      <source>Velkommen</source>
      <translation>Velkommen</translation>
    </message>
    <message>
      <source>Sådan ser teksten ud på lærredet.</source>
      <translation>Slik ser teksten ut på lerretet.</translation>
    </message>
    <message>
      <source>Gemt. Det gælder med det samme.</source>
      <translation>Lagret. Det gjelder med en gang.</translation>
    </message>
  </context>
  <context>
    <name>Booklet</name>
    <message>
      <source>Breve til nye studerende</source>
      <extracomment>A letter up to this many characters stays on one page (it fits with room to spare).</extracomment>
      <translation>Brev til nye studenter</translation>
    </message>
    <message>
      <source>Breve fra studerende til næste års nye studerende</source>
      <translation>Brev fra studenter til neste års nye studenter</translation>
    </message>
    <message>
      <source>{count} breve</source>
      <translation>{count} brev</translation>
    </message>
    <message>
      <source>Ét brev</source>
      <translation>Ett brev</translation>
    </message>
  </context>
  <context>
    <name>BookletController</name>
    <message>
      <source>Kan klassen se din skærm?</source>
      <translation>Kan klassen se skjermen din?</translation>
    </message>
    <message>
      <source>Det næste, du ser, er elevernes egne breve. Din skærm vises måske på projektoren (én skærm eller spejling), og klassen må ikke se brevene. Sluk projektoren, eller tag kablet ud, før du fortsætter.</source>
      <translation>Det neste du ser, er studentenes egne brev. Skjermen din vises kanskje på projektoren (én skjerm eller speiling), og klassen må ikke se brevene. Slå av projektoren eller trekk ut kabelen før du fortsetter.</translation>
    </message>
    <message>
      <source>Projektoren viser ikke min skærm – vis brevene</source>
      <translation>Projektoren viser ikke skjermen min – vis brevene</translation>
    </message>
    <message>
      <source>Brevhæftet er lukket, fordi din skærm måske vises på projektoren. Dine valg er gemt.</source>
      <translation>Brevheftet er lukket fordi skjermen din kanskje vises på projektoren. Valgene dine er lagret.</translation>
    </message>
    <message>
      <source>Henter brevene …</source>
      <translation>Henter brevene …</translation>
    </message>
    <message>
      <source>Brev %1 – %2</source>
      <translation>Brev %1 – %2</translation>
    </message>
    <message>
      <source>godkendt</source>
      <translation>godkjent</translation>
    </message>
    <message>
      <source>skjult</source>
      <translation>skjult</translation>
    </message>
    <message>
      <source>venter</source>
      <translation>venter</translation>
    </message>
    <message>
      <source>%1 udeladt</source>
      <translation>%1 utelatt</translation>
    </message>
    <message>
      <source>Godkendt: %1 · Skjult: %2 · Venter: %3</source>
      <translation>Godkjent: %1 · Skjult: %2 · Venter: %3</translation>
    </message>
    <message>
      <source>Sæt flueben ved en eller flere afsluttede sessioner.</source>
      <translation>Kryss av for én eller flere avsluttede økter.</translation>
    </message>
    <message>
      <source>Ingen breve i de valgte sessioner må deles.</source>
      <translation>Ingen av brevene i de valgte øktene kan deles.</translation>
    </message>
    <message>
      <source>Mulige personoplysninger: %1</source>
      <translation>Mulige personopplysninger: %1</translation>
    </message>
    <message>
      <source>Ingen mulige personoplysninger fundet.</source>
      <translation>Fant ingen mulige personopplysninger.</translation>
    </message>
    <message>
      <source>Skriften i hæftet kan ikke vise: %1</source>
      <translation>Skrifttypen i heftet kan ikke vise: %1</translation>
    </message>
    <message>
      <source>Udelad tekst</source>
      <translation>Utelat tekst</translation>
    </message>
    <message>
      <source>Brevhæfte</source>
      <translation>Brevhefte</translation>
    </message>
    <message>
      <source>Gem brevhæftet</source>
      <translation>Lagre brevheftet</translation>
    </message>
    <message>
      <source>brevhaefte.pdf</source>
      <translation>brevhefte.pdf</translation>
    </message>
    <message>
      <source>PDF-filer (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <source>Laver brevhæftet …</source>
      <translation>Lager brevheftet …</translation>
    </message>
    <message>
      <source>%1 breve er sat i tilfældig rækkefølge og gemt i %2.</source>
      <translation>%1 brev er satt i tilfeldig rekkefølge og lagret i %2.</translation>
    </message>
    <message>
      <source>%1 breve venter stadig på at blive gennemgået.</source>
      <translation>%1 brev venter fortsatt på gjennomgang.</translation>
    </message>
    <message>
      <source>Brevhæftet er gemt</source>
      <translation>Brevheftet er lagret</translation>
    </message>
  </context>
  <context>
    <name>BookletView</name>
    <message>
      <source>Brevhæfte til næste års nye studerende</source>
      <translation>Brevhefte til neste års nye studenter</translation>
    </message>
    <message>
      <source>Mellemrum sætter eller fjerner fluebenet ved en session</source>
      <translation>Mellomrom setter eller fjerner haken ved en økt</translation>
    </message>
    <message>
      <source>Brevet</source>
      <translation>Brevet</translation>
    </message>
    <message>
      <source>Markér tekst med Skift og piletasterne for at udelade den</source>
      <translation>Merk tekst med Shift og piltastene for å utelate den</translation>
    </message>
    <message>
      <source>Godkend</source>
      <translation>Godkjenn</translation>
    </message>
    <message>
      <source>Skjul</source>
      <translation>Skjul</translation>
    </message>
    <message>
      <source>Brevet kommer ikke med i hæftet</source>
      <translation>Brevet blir ikke med i heftet</translation>
    </message>
    <message>
      <source>Udelad markeret tekst</source>
      <translation>Utelat markert tekst</translation>
    </message>
    <message>
      <source>Fortryd udeladelser</source>
      <translation>Angre utelatelser</translation>
    </message>
    <message>
      <source>Breve til nye studerende</source>
      <translation>Brev til nye studenter</translation>
    </message>
    <message>
      <source>Hæftets titel</source>
      <translation>Heftets tittel</translation>
    </message>
    <message>
      <source>Lav brevhæfte (PDF) …</source>
      <translation>Lag brevhefte (PDF) …</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Sessioner</source>
      <translation>Økter</translation>
    </message>
    <message>
      <source>Breve, der må deles</source>
      <translation>Brev som kan deles</translation>
    </message>
    <message>
      <source>Titel:</source>
      <translation>Tittel:</translation>
    </message>
  </context>
  <context>
    <name>ClassroomController</name>
    <message>
      <source>Siden til de studerende er slået fra i denne udgave.</source>
      <translation>Studentsiden er slått av i denne versjonen.</translation>
    </message>
    <message>
      <source>Siden til de studerende startes …</source>
      <translation>Studentsiden startes …</translation>
    </message>
    <message>
      <source>Siden til de studerende kunne ikke startes: %1</source>
      <translation>Studentsiden kunne ikke startes: %1</translation>
    </message>
    <message>
      <source>Starter siden til de studerende …</source>
      <translation>Starter studentsiden …</translation>
    </message>
  </context>
  <context>
    <name>ControlStrip</name>
    <message>
      <source>Styring</source>
      <extracomment>Pixels between the strip and the top of the screen. At the top, it hides neither the projector's calm timer line nor a video's subtitles, which are both at the bottom.</extracomment>
      <translation>Styring</translation>
    </message>
    <message>
      <source>←</source>
      <translation>←</translation>
    </message>
    <message>
      <source>Forrige trin (←)</source>
      <translation>Forrige trinn (←)</translation>
    </message>
    <message>
      <source>Forrige trin</source>
      <translation>Forrige trinn</translation>
    </message>
    <message>
      <source>Næste →</source>
      <translation>Neste →</translation>
    </message>
    <message>
      <source>Næste trin</source>
      <translation>Neste trinn</translation>
    </message>
    <message>
      <source>QR-kode (J)</source>
      <translation>QR-kode (J)</translation>
    </message>
    <message>
      <source>Vis QR-kode og kode på lærredet</source>
      <translation>Vis QR-kode og kode på lerretet</translation>
    </message>
    <message>
      <source>Afslut</source>
      <translation>Avslutt</translation>
    </message>
    <message>
      <source>Afslut session</source>
      <translation>Avslutt økten</translation>
    </message>
    <message>
      <source>Til startskærmen</source>
      <translation>Til startskjermen</translation>
    </message>
    <message>
      <source>Fuldt vindue …</source>
      <translation>Fullt vindu …</translation>
    </message>
    <message>
      <source>Vis noterne og det fulde vindue: kun når klassen ikke kan se skærmen</source>
      <translation>Vis notatene og hele vinduet: bare når klassen ikke kan se skjermen</translation>
    </message>
    <message>
      <source>Sessionen er afsluttet</source>
      <translation>Økten er avsluttet</translation>
    </message>
    <message>
      <source>Trin %1 af %2 · %3</source>
      <translation>Trinn %1 av %2 · %3</translation>
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
      <translation>Velkommen</translation>
    </message>
    <message>
      <source>Sessionen er ikke startet: en afvigelse fra kittet kræver en begrundelse.</source>
      <translation>Økten er ikke startet: et avvik fra kitet krever en begrunnelse.</translation>
    </message>
    <message>
      <source>Dette er sidste trin. Afslut sessionen med knappen nederst.</source>
      <translation>Dette er siste trinn. Avslutt økten med knappen nederst.</translation>
    </message>
    <message>
      <source>%1 studerende har skrevet uden at sende endnu. Går du videre nu, gemmes deres tekst som ikke sendt. Vil du gå videre nu? (Nej: vent lidt på dem.)</source>
      <translation>%1 studenter har skrevet uten å sende ennå. Går du videre nå, lagres teksten deres som ikke sendt. Vil du gå videre nå? (Nei: vent litt på dem.)</translation>
    </message>
    <message>
      <source>Nogle skriver stadig</source>
      <translation>Noen skriver fortsatt</translation>
    </message>
    <message>
      <source>Note gemt kl. %1</source>
      <translation>Notat lagret kl. %1</translation>
    </message>
    <message>
      <source>Vil du afslutte sessionen nu?</source>
      <translation>Vil du avslutte økten nå?</translation>
    </message>
    <message>
      <source>%1 breve er ikke sendt. De gemmes som ikke sendt og tæller ikke som svar.</source>
      <translation>%1 brev er ikke sendt. De lagres som ikke sendt og teller ikke som svar.</translation>
    </message>
    <message>
      <source>Afslut session</source>
      <translation>Avslutt økt</translation>
    </message>
    <message>
      <source>Afsluttet før tid</source>
      <translation>Avsluttet før tiden</translation>
    </message>
    <message>
      <source>Sessionen slutter før sidste trin. Skriv kort hvorfor (til loggen):</source>
      <translation>Økten avsluttes før siste trinn. Skriv kort hvorfor (til loggen):</translation>
    </message>
    <message>
      <source>Alle enheder starter forfra som nye, anonyme deltagere. Det, der allerede er sendt, er gemt. Vil du nulstille?</source>
      <translation>Alle enheter starter på nytt som nye, anonyme deltakere. Det som allerede er sendt, er lagret. Vil du tilbakestille?</translation>
    </message>
    <message>
      <source>Nulstil alle enheder</source>
      <translation>Tilbakestill alle enheter</translation>
    </message>
    <message>
      <source>Næste: %1/%2 · %3
%4</source>
      <translation>Neste: %1/%2 · %3
%4</translation>
    </message>
    <message>
      <source>Dette er sidste trin.</source>
      <translation>Dette er siste trinn.</translation>
    </message>
    <message>
      <source>Skjul resultatet på lærredet (R)</source>
      <translation>Skjul resultatet på lerretet (R)</translation>
    </message>
    <message>
      <source>Vis resultatet på lærredet (R)</source>
      <translation>Vis resultatet på lerretet (R)</translation>
    </message>
    <message>
      <source>Resultatet kan vises, når %1 har svaret (%2 indtil nu)</source>
      <translation>Resultatet kan vises når %1 har svart (%2 så langt)</translation>
    </message>
    <message>
      <source>Det lykkedes ikke</source>
      <translation>Det gikk ikke</translation>
    </message>
  </context>
  <context>
    <name>CrashNotice</name>
    <message>
      <source>Uventet fejl</source>
      <translation>Uventet feil</translation>
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
      <translation>Nei</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Annuller</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Gem</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Åbn</source>
      <translation>Åpne</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Holdets kode »%1« kan ikke bruges. Brug 1–32 bogstaver, tal, mellemrum, punktum, bindestreg eller understreg.</source>
      <extracomment>code → (Danish source text, the params that fill %1, %2, …).</extracomment>
      <translation>Gruppekoden «%1» kan ikke brukes. Bruk 1–32 bokstaver, tall, mellomrom, punktum, bindestrek eller understrek.</translation>
    </message>
    <message>
      <source>Pakken findes ikke på sproget »%1«. Den har: %2.</source>
      <translation>Pakken finnes ikke på språket «%1». Den har: %2.</translation>
    </message>
    <message>
      <source>Skriv noget i noten først.</source>
      <translation>Skriv noe i notatet først.</translation>
    </message>
    <message>
      <source>En note kan højst have %1 tegn; denne har %2.</source>
      <translation>Et notat kan ha høyst %1 tegn; dette har %2.</translation>
    </message>
    <message>
      <source>Dette er sidste trin. Afslut sessionen med knappen nederst.</source>
      <translation>Dette er siste trinn. Avslutt økten med knappen nederst.</translation>
    </message>
    <message>
      <source>Dette er første trin.</source>
      <translation>Dette er første trinn.</translation>
    </message>
    <message>
      <source>Sessionen kører ikke længere, så det kan ikke gøres nu.</source>
      <translation>Økten kjører ikke lenger, så det kan ikke gjøres nå.</translation>
    </message>
    <message>
      <source>Sessionen er allerede startet.</source>
      <translation>Økten har allerede startet.</translation>
    </message>
    <message>
      <source>Sessionen er ikke afsluttet endnu.</source>
      <translation>Økten er ikke avsluttet ennå.</translation>
    </message>
    <message>
      <source>Sessionen er eksporteret; dens noter kan ikke ændres.</source>
      <translation>Økten er eksportert; notatene kan ikke endres.</translation>
    </message>
    <message>
      <source>Indholdspakken i %1 kan ikke bruges (%2 fejl). Kommandoen »belong-desktop packs validate« viser dem.</source>
      <translation>Innholdspakken i %1 kan ikke brukes (%2 feil). Kommandoen «belong-desktop packs validate» viser dem.</translation>
    </message>
    <message>
      <source>Der blev valgt en mappe. Skriv et filnavn, og prøv igen.</source>
      <translation>Du valgte en mappe. Skriv inn et filnavn og prøv igjen.</translation>
    </message>
    <message>
      <source>Mappen findes ikke. Vælg en anden mappe, og prøv igen.</source>
      <translation>Mappen finnes ikke. Velg en annen mappe og prøv igjen.</translation>
    </message>
    <message>
      <source>Filen %1 kunne ikke skrives (er der plads, og må du skrive der?). Intet halvt skrevet er efterladt. Vælg et andet sted, og prøv igen.</source>
      <translation>Filen %1 kunne ikke skrives (er det plass, og har du lov til å skrive der?). Ingenting halvskrevet er lagt igjen. Velg et annet sted og prøv igjen.</translation>
    </message>
    <message>
      <source>Skrifttypen %1 mangler, så dokumentet kan ikke laves. Installér belong-desktop igen.</source>
      <translation>Skrifttypen %1 mangler, så dokumentet kan ikke lages. Installer belong-desktop på nytt.</translation>
    </message>
    <message>
      <source>Indholdspakken »%1« findes ikke.</source>
      <translation>Innholdspakken «%1» finnes ikke.</translation>
    </message>
    <message>
      <source>Sessionen blev kørt med pakken %1 %2, men %3 indeholder nu en anden udgave, så den kan ikke genoptages. Afslut den med »belong-desktop session end«.</source>
      <translation>Økten ble kjørt med pakken %1 %2, men %3 inneholder nå en annen versjon, så den kan ikke gjenopptas. Avslutt den med «belong-desktop session end».</translation>
    </message>
    <message>
      <source>Pakken %1, som sessionen blev kørt med, kan ikke længere indlæses fra %2, så sessionen kan ikke genoptages. Afslut den med »belong-desktop session end«.</source>
      <translation>Pakken %1, som økten ble kjørt med, kan ikke lenger lastes inn fra %2, så økten kan ikke gjenopptas. Avslutt den med «belong-desktop session end».</translation>
    </message>
    <message>
      <source>Sessionen findes ikke længere.</source>
      <translation>Økten finnes ikke lenger.</translation>
    </message>
    <message>
      <source>%1 er ikke en database fra belong-desktop, så programmet åbner den ikke, og filen er ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %2). Start derefter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en sikkerhedskopi af databasen tilbage.</source>
      <translation>%1 er ikke en database fra belong-desktop, så programmet åpner den ikke, og filen er ikke endret. Ikke slett den: lagre en kopi på et trygt sted (f.eks. %2). Start deretter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller legg tilbake en sikkerhetskopi av databasen.</translation>
    </message>
    <message>
      <source>%1 er skrevet af en nyere udgave af belong-desktop. Opdatér programmet for at åbne den; filen er ikke ændret.</source>
      <translation>%1 er skrevet av en nyere versjon av belong-desktop. Oppdater programmet for å åpne den; filen er ikke endret.</translation>
    </message>
    <message>
      <source>Databasen kan ikke oprettes i %1.</source>
      <translation>Databasen kan ikke opprettes i %1.</translation>
    </message>
    <message>
      <source>Databasen %1 kan ikke opdateres til denne udgave. Filen er ikke ændret.</source>
      <translation>Databasen %1 kan ikke oppdateres til denne versjonen. Filen er ikke endret.</translation>
    </message>
    <message>
      <source>Disken med databasen (%1) er fuld, så det blev ikke gemt. Slet filer, du ikke skal bruge, og prøv igen. Alt, der er gemt før, er i orden, og de studerendes sider beholder deres tekst og prøver igen af sig selv.</source>
      <translation>Disken med databasen (%1) er full, så dette ble ikke lagret. Slett filer du ikke trenger, og prøv igjen. Alt som er lagret tidligere, er i orden, og studentenes sider beholder teksten sin og prøver igjen av seg selv.</translation>
    </message>
    <message>
      <source>Databasen %1 kan ikke skrives lige nu, så det blev ikke gemt. Alt, der er gemt før, er i orden. Prøv igen; detaljerne står i logfilen.</source>
      <translation>Databasen %1 kan ikke skrives til akkurat nå, så dette ble ikke lagret. Alt som er lagret tidligere, er i orden. Prøv igjen; detaljene står i loggfilen.</translation>
    </message>
    <message>
      <source>Databasen %1 er beskadiget (%2), så programmet åbner den ikke, og filen er ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %3). Start derefter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en sikkerhedskopi af databasen tilbage.</source>
      <translation>Databasen %1 er skadet (%2), så programmet åpner den ikke, og filen er ikke endret. Ikke slett den: lagre en kopi på et trygt sted (f.eks. %3). Start deretter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller legg tilbake en sikkerhetskopi av databasen.</translation>
    </message>
    <message>
      <source>Kopien %1 kunne ikke laves (måske er disken fuld, eller filen findes allerede). Den beskadigede fil er ikke ændret; kopiér den selv et sikkert sted hen.</source>
      <translation>Kopien %1 kunne ikke lages (kanskje disken er full, eller filen finnes allerede). Den skadde filen er ikke endret; kopier den selv til et trygt sted.</translation>
    </message>
    <message>
      <source>Porten (%1) er optaget af et andet program. Vælg en anden port, eller lad den stå på automatisk.</source>
      <translation>Porten (%1) er opptatt av et annet program. Velg en annen port, eller la den stå på automatisk.</translation>
    </message>
    <message>
      <source>Siden kan ikke nås på %1. Vælg et andet netværk eller en anden port.</source>
      <translation>Siden kan ikke nås på %1. Velg et annet nettverk eller en annen port.</translation>
    </message>
    <message>
      <source>Siden kunne ikke startes. Detaljerne står i logfilen.</source>
      <translation>Siden kunne ikke startes. Detaljene står i loggfilen.</translation>
    </message>
    <message>
      <source>Videoerne kan ikke afspilles med %1 på denne computer. Fjern indstillingen BELONG_VIDEO_BACKEND, så vælger programmet selv, eller installér VLC.</source>
      <translation>Videoene kan ikke spilles av med %1 på denne datamaskinen. Fjern innstillingen BELONG_VIDEO_BACKEND, så velger programmet selv, eller installer VLC.</translation>
    </message>
    <message>
      <source>BELONG_VIDEO_BACKEND=%1 kendes ikke; brug vlc eller qt, eller fjern indstillingen.</source>
      <translation>BELONG_VIDEO_BACKEND=%1 er ukjent; bruk vlc eller qt, eller fjern innstillingen.</translation>
    </message>
    <message>
      <source>Hastigheden skal være over 0 og højst 1.000.000.</source>
      <translation>Hastigheten må være over 0 og høyst 1 000 000.</translation>
    </message>
    <message>
      <source>Filen kan ikke bruges som kit fra ministeriet. Kittet, der er i brug, er uændret.</source>
      <translation>Filen kan ikke brukes som kit fra departementet. Kitet som er i bruk, er uendret.</translation>
    </message>
    <message>
      <source>Filen er ikke et kit fra ministeriet (den er ikke en kit-fil). Kittet, der er i brug, er uændret.</source>
      <translation>Filen er ikke et kit fra departementet (den er ikke en kit-fil). Kitet som er i bruk, er uendret.</translation>
    </message>
    <message>
      <source>Filen er ikke et kit til belong-desktop. Kittet, der er i brug, er uændret.</source>
      <translation>Filen er ikke et kit for belong-desktop. Kitet som er i bruk, er uendret.</translation>
    </message>
    <message>
      <source>Kittet er lavet til en nyere udgave af belong-desktop. Opdatér programmet, og indlæs kittet igen.</source>
      <translation>Kitet er laget for en nyere versjon av belong-desktop. Oppdater programmet og last inn kitet på nytt.</translation>
    </message>
    <message>
      <source>Kittet bruger en indholdspakke, som ikke findes på denne computer: %1. Tilføj pakken, og indlæs kittet igen.</source>
      <translation>Kitet bruker en innholdspakke som ikke finnes på denne datamaskinen: %1. Legg til pakken og last inn kitet på nytt.</translation>
    </message>
    <message>
      <source>Ministeriets nøgle i kittet kan ikke bruges (en modtagernøgle begynder med age1). Bed ministeriet om kittet igen.</source>
      <translation>Departementets nøkkel i kitet kan ikke brukes (en mottakernøkkel begynner med age1). Be departementet om kitet på nytt.</translation>
    </message>
    <message>
      <source>Holdet »%1« står ikke i kittet %2. Vælg en pakke, og skriv hvorfor holdet er med.</source>
      <translation>Gruppen «%1» står ikke i kitet %2. Velg en pakke, og skriv hvorfor gruppen er med.</translation>
    </message>
    <message>
      <source>Skriv en begrundelse på mindst %1 tegn, når du afviger fra kittet.</source>
      <translation>Skriv en begrunnelse på minst %1 tegn når du avviker fra kitet.</translation>
    </message>
    <message>
      <source>Vælg en indholdspakke.</source>
      <translation>Velg en innholdspakke.</translation>
    </message>
    <message>
      <source>Vælg mellem %1 og %2 enheder pr. session.</source>
      <translation>Velg mellom %1 og %2 enheter per økt.</translation>
    </message>
    <message>
      <source>Det valg findes ikke. Vælg et af dem, siden viser.</source>
      <translation>Det valget finnes ikke. Velg et av dem siden viser.</translation>
    </message>
    <message>
      <source>Vælg mellem 1 og 3650 dage, eller slå den automatiske sletning fra.</source>
      <translation>Velg mellom 1 og 3650 dager, eller slå av automatisk sletting.</translation>
    </message>
    <message>
      <source>Vælg et af sprogene på listen (%1).</source>
      <translation>Velg et av språkene i listen (%1).</translation>
    </message>
    <message>
      <source>Det sprog findes ikke her: vælg dansk, engelsk, norsk eller nederlandsk.</source>
      <translation>Det språket finnes ikke her: velg dansk, engelsk, norsk eller nederlandsk.</translation>
    </message>
    <message>
      <source>Beslutningen kunne ikke gemmes.</source>
      <translation>Beslutningen kunne ikke lagres.</translation>
    </message>
    <message>
      <source>Teksterne kan gennemgås, når sessionen er afsluttet.</source>
      <translation>Tekstene kan gjennomgås når økten er avsluttet.</translation>
    </message>
    <message>
      <source>Teksten findes ikke længere i sessionen.</source>
      <translation>Teksten finnes ikke lenger i økten.</translation>
    </message>
    <message>
      <source>Teksten er ændret, siden den blev vist. Den vises igen, som den er nu.</source>
      <translation>Teksten er endret siden den ble vist. Den vises på nytt slik den er nå.</translation>
    </message>
    <message>
      <source>Eksporten blev ikke gennemført. Intet er ændret.</source>
      <translation>Eksporten ble ikke fullført. Ingenting er endret.</translation>
    </message>
    <message>
      <source>Kun en afsluttet session kan eksporteres. Afslut den først.</source>
      <translation>Bare en avsluttet økt kan eksporteres. Avslutt den først.</translation>
    </message>
    <message>
      <source>Der er intet kit fra ministeriet på denne computer, så filen kan ikke krypteres til ministeriet. Indlæs kittet under Indstillinger, og eksportér derefter.</source>
      <translation>Det finnes ikke noe kit fra departementet på denne datamaskinen, så filen kan ikke krypteres til departementet. Last inn kitet under Innstillinger, og eksporter deretter.</translation>
    </message>
    <message>
      <source>%1 mulige personoplysninger er ikke gennemgået endnu. Gennemgå dem før eksporten.</source>
      <translation>%1 mulige personopplysninger er ikke gjennomgått ennå. Gå gjennom dem før eksporten.</translation>
    </message>
    <message>
      <source>Filen kunne ikke skrives i mappen %1 (er der plads, og må du skrive der?). Intet halvt skrevet er efterladt. Vælg en anden mappe, og prøv igen.</source>
      <translation>Filen kunne ikke skrives i mappen %1 (er det plass, og har du lov til å skrive der?). Ingenting halvskrevet er lagt igjen. Velg en annen mappe og prøv igjen.</translation>
    </message>
    <message>
      <source>Teksterne kan først slettes, når sessionen er eksporteret.</source>
      <translation>Tekstene kan først slettes når økten er eksportert.</translation>
    </message>
    <message>
      <source>Sessionen blev aldrig startet, så der er ikke noget at skrive en rapport om.</source>
      <translation>Økten ble aldri startet, så det er ingenting å skrive en rapport om.</translation>
    </message>
    <message>
      <source>Rapporten findes på dansk, engelsk, norsk og nederlandsk.</source>
      <translation>Rapporten finnes på dansk, engelsk, norsk og nederlandsk.</translation>
    </message>
    <message>
      <source>Brevhæftet kunne ikke laves.</source>
      <translation>Brevheftet kunne ikke lages.</translation>
    </message>
    <message>
      <source>Vælg mindst én afsluttet session.</source>
      <translation>Velg minst én avsluttet økt.</translation>
    </message>
    <message>
      <source>Brevene kan først gennemgås, når sessionen er afsluttet.</source>
      <translation>Brevene kan først gjennomgås når økten er avsluttet.</translation>
    </message>
    <message>
      <source>Det er ikke et brev, som skribenten har sagt ja til at dele.</source>
      <translation>Dette er ikke et brev som skribenten har sagt ja til å dele.</translation>
    </message>
    <message>
      <source>Markér de ord i brevet, der skal udelades.</source>
      <translation>Marker ordene i brevet som skal utelates.</translation>
    </message>
    <message>
      <source>Intet brev er godkendt endnu, så der er intet at trykke. %1 breve venter på at blive gennemgået.</source>
      <translation>Ingen brev er godkjent ennå, så det er ingenting å skrive ut. %1 brev venter på gjennomgang.</translation>
    </message>
    <message>
      <source>Sessionerne er kørt med forskellige pakker. Lav ét brevhæfte for hver pakke.</source>
      <translation>Øktene er kjørt med forskjellige pakker. Lag ett brevhefte for hver pakke.</translation>
    </message>
    <message>
      <source>Port %1 var optaget, så siden kører nu på port %2. Enheder, der allerede var med, skal scanne QR-koden igen.</source>
      <extracomment>What the class panel says about how the student page was served (JoinInfo.warning_code).</extracomment>
      <translation>Port %1 var opptatt, så siden kjører nå på port %2. Enheter som allerede var med, må skanne QR-koden på nytt.</translation>
    </message>
    <message>
      <source>Computeren er ikke på noget netværk: kun den selv kan åbne siden. Forbind til klassens trådløse net, og start sessionen igen.</source>
      <translation>Datamaskinen er ikke koblet til noe nettverk: bare den selv kan åpne siden. Koble til klasserommets trådløse nett, og start økten på nytt.</translation>
    </message>
    <message>
      <source>Det lykkedes ikke (fejlkode %1). Alt, der er gemt, er i orden.</source>
      <translation>Det gikk ikke (feilkode %1). Alt som er lagret, er i orden.</translation>
    </message>
    <message>
      <source>Der skete en uventet fejl. Sessionen og alt, hvad der er gemt, er i orden; du kan fortsætte. Detaljerne står i logfilen.</source>
      <translation>Det oppstod en uventet feil. Økten og alt som er lagret, er i orden; du kan fortsette. Detaljene står i loggfilen.</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <source>Intet kit fra ministeriet</source>
      <extracomment>True while the laptop's screen may be on the projector (one screen, mirrored).</extracomment>
      <translation>Ikke noe kit fra departementet</translation>
    </message>
    <message>
      <source>Leder efter personoplysninger i teksterne …</source>
      <translation>Ser etter personopplysninger i tekstene …</translation>
    </message>
    <message>
      <source>Eksporten venter. Det, du har besluttet i gennemgangen, er gemt; resten kan du gennemgå senere.</source>
      <translation>Eksporten venter. Det du har bestemt i gjennomgangen, er lagret; resten kan du gå gjennom senere.</translation>
    </message>
    <message>
      <source>Vælg mappen til eksporten</source>
      <translation>Velg mappe for eksporten</translation>
    </message>
    <message>
      <source>Eksporten er ikke lavet: der blev ikke valgt en mappe.</source>
      <translation>Eksporten er ikke laget: ingen mappe ble valgt.</translation>
    </message>
    <message>
      <source>Eksporterer og krypterer …</source>
      <translation>Eksporterer og krypterer …</translation>
    </message>
    <message>
      <source>Eksporteret: %1</source>
      <translation>Eksportert: %1</translation>
    </message>
    <message>
      <source>Slet elevernes tekster i denne session fra computeren nu? Eksportfilen, kvitteringen og sessionens log bliver. Det kan ikke fortrydes.</source>
      <translation>Slette studentenes tekster i denne økten fra datamaskinen nå? Eksportfilen, kvitteringen og øktens logg blir liggende. Dette kan ikke angres.</translation>
    </message>
    <message>
      <source>Eksporten er gemt.</source>
      <translation>Eksporten er lagret.</translation>
    </message>
    <message>
      <source>Slet tekster fra denne computer</source>
      <translation>Slett tekster fra denne datamaskinen</translation>
    </message>
    <message>
      <source>Slet teksterne</source>
      <translation>Slett tekstene</translation>
    </message>
    <message>
      <source>Sletter teksterne …</source>
      <translation>Sletter tekstene …</translation>
    </message>
    <message>
      <source>Teksterne er slettet fra denne computer (%1 svar).</source>
      <translation>Tekstene er slettet fra denne datamaskinen (%1 svar).</translation>
    </message>
    <message>
      <source>Teksterne blev ikke slettet</source>
      <translation>Tekstene ble ikke slettet</translation>
    </message>
    <message>
      <source>Elevernes tekster er slettet fra %1 eksporterede sessioner, som indstillingen for sletning efter eksport siger.</source>
      <translation>Studentenes tekster er slettet fra %1 eksporterte økter, slik innstillingen for sletting etter eksport sier.</translation>
    </message>
    <message>
      <source>De gamle tekster kunne ikke slettes automatisk: %1</source>
      <translation>De gamle tekstene kunne ikke slettes automatisk: %1</translation>
    </message>
    <message>
      <source>Eksporten lykkedes ikke</source>
      <translation>Eksporten mislyktes</translation>
    </message>
  </context>
  <context>
    <name>ExportResultDialog</name>
    <message>
      <source>Eksporteret</source>
      <translation>Eksportert</translation>
    </message>
    <message>
      <source>✓ Sessionen er eksporteret</source>
      <translation>✓ Økten er eksportert</translation>
    </message>
    <message>
      <source>Fil</source>
      <translation>Fil</translation>
    </message>
    <message>
      <source>Mappe</source>
      <translation>Mappe</translation>
    </message>
    <message>
      <source>Krypteret til</source>
      <translation>Kryptert til</translation>
    </message>
    <message>
      <source>Indhold</source>
      <translation>Innhold</translation>
    </message>
    <message>
      <source>Vis mappe</source>
      <translation>Vis mappe</translation>
    </message>
    <message>
      <source>Åbner mappen med den eksporterede fil</source>
      <translation>Åpner mappen med den eksporterte filen</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>%1 enheder, %2 sendte tekster, %3 ikke sendt ved afslutningen</source>
      <translation>%1 enheter, %2 sendte tekster, %3 ikke sendt ved avslutning</translation>
    </message>
    <message>
      <source>%1 svar i afstemningen, %2 noter i loggen</source>
      <translation>%1 svar i avstemningen, %2 notater i loggen</translation>
    </message>
    <message>
      <source>%1 personoplysninger skjult</source>
      <translation>%1 personopplysninger skjult</translation>
    </message>
    <message>
      <source>Filen er krypteret: kun ministeriet kan åbne den. Send den, som ministeriet har bedt om (fx via sikker upload).</source>
      <translation>Filen er kryptert: bare departementet kan åpne den. Send den slik departementet har bedt om (f.eks. via sikker opplasting).</translation>
    </message>
    <message>
      <source>Det er eksport nr. %1 af sessionen; ministeriet bruger den nyeste.</source>
      <translation>Dette er eksport nr. %1 av økten; departementet bruker den nyeste.</translation>
    </message>
  </context>
  <context>
    <name>FacilitatorScript</name>
    <message>
      <source>Drejebog</source>
      <translation>Dreiebok</translation>
    </message>
    <message>
      <source>Drejebog for studievejlederen – timens plan trin for trin</source>
      <translation>Dreiebok for studieveilederen – timens plan trinn for trinn</translation>
    </message>
    <message>
      <source>Indholdspakke</source>
      <translation>Innholdspakke</translation>
    </message>
    <message>
      <source>{id}, version {version}</source>
      <translation>{id}, versjon {version}</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Planlagt varighed</source>
      <translation>Planlagt varighet</translation>
    </message>
    <message>
      <source>{minutes} min i {steps} trin</source>
      <translation>{minutes} min i {steps} trinn</translation>
    </message>
    <message>
      <source>Tekster, der ikke er sendt</source>
      <translation>Tekster som ikke er sendt</translation>
    </message>
    <message>
      <source>gemmes anonymt på computeren, mens de skriver</source>
      <translation>lagres anonymt på datamaskinen mens de skriver</translation>
    </message>
    <message>
      <source>bliver på de studerendes enheder, til de trykker Send</source>
      <translation>blir på studentenes enheter til de trykker Send</translation>
    </message>
    <message>
      <source>Husk</source>
      <translation>Husk</translation>
    </message>
    <message>
      <source>Kald ikke timen en intervention eller et trivselskursus, og sig ikke, at den skal hjælpe de studerende eller gøre noget for dem: vi vil gerne lære af studerendes erfaringer. Alt, de skriver, er anonymt, og ingen skal læse noget op.</source>
      <translation>Ikke kall timen en intervensjon eller et trivselskurs, og ikke si at den skal hjelpe studentene eller gjøre noe for dem: vi vil gjerne lære av studenters erfaringer. Alt de skriver, er anonymt, og ingen skal lese noe høyt.</translation>
    </message>
    <message>
      <source>Timen på én side</source>
      <translation>Timen på én side</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Trinn</translation>
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
      <translation>Klokken</translation>
    </message>
    <message>
      <source>I alt</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <source>Klokken tæller fra timens start (0:00), når du starter sessionen.</source>
      <translation>Klokken teller fra timens start (0:00) når du starter økten.</translation>
    </message>
    <message>
      <source>Før timen</source>
      <translation>Før timen</translation>
    </message>
    <message>
      <source>Sæt kryds, når det er gjort. Kom gerne et kvarter før.</source>
      <translation>Sett kryss når det er gjort. Kom gjerne et kvarter før.</translation>
    </message>
    <message>
      <source>Lokalet: stole og borde, lys der kan dæmpes, og en plads til dig, hvor du kan se lærredet og din skærm.</source>
      <translation>Rommet: stoler og bord, lys som kan dempes, og en plass til deg der du ser både lerretet og skjermen din.</translation>
    </message>
    <message>
      <source>Projektoren: test den i spejlet og i udvidet tilstand, og se, at lærredsvinduet kommer op på det store lærred (F5 skifter fuld skærm).</source>
      <translation>Projektoren: test den i speilet og i utvidet modus, og se at lerretsvinduet kommer opp på det store lerretet (F5 slår fullskjerm av og på).</translation>
    </message>
    <message>
      <source>Lyden: test den med den første video ({video}), så den kan høres bagerst i lokalet.</source>
      <translation>Lyden: test den med den første videoen ({video}) så den høres bakerst i rommet.</translation>
    </message>
    <message>
      <source>Netværket: computeren på det netværk, de studerendes telefoner og computere bruger (lokalets trådløse net).</source>
      <translation>Nettverket: datamaskinen på det nettverket studentenes telefoner og datamaskiner bruker (rommets trådløse nett).</translation>
    </message>
    <message>
      <source>Adgangskoden: start programmet, åbn siden med QR-kode, adresse og kode (J), og prøv selv at komme ind med en telefon.</source>
      <translation>Tilgangskoden: start programmet, åpne siden med QR-kode, adresse og kode (J), og prøv selv å komme inn med en telefon.</translation>
    </message>
    <message>
      <source>Enhederne: de studerendes telefoner eller computere opladet – eller lokalets computere tændt og logget ind.</source>
      <translation>Enhetene: studentenes telefoner eller datamaskiner ladet opp – eller rommets datamaskiner slått på og logget inn.</translation>
    </message>
    <message>
      <source>Skrivningen: alle kan skrive på en telefon eller et tastatur; hav et par ekstra enheder eller papir parat til den, der mangler.</source>
      <translation>Skrivingen: alle kan skrive på en telefon eller et tastatur; ha et par ekstra enheter eller papir klart til den som mangler.</translation>
    </message>
    <message>
      <source>Støtte: de lokale kontaktoplysninger, du vil nævne til sidst (studievejledning, Studenterrådgivningen).</source>
      <translation>Støtte: de lokale kontaktopplysningene du vil nevne til slutt (studieveiledningen, studentsamskipnaden).</translation>
    </message>
    <message>
      <source>Trin for trin</source>
      <translation>Trinn for trinn</translation>
    </message>
    <message>
      <source>{number}. {headline}</source>
      <translation>{number}. {headline}</translation>
    </message>
    <message>
      <source>{kind} · {minutes} min · klokken {clock} · trin-id {id}</source>
      <translation>{kind} · {minutes} min · klokken {clock} · trinn-id {id}</translation>
    </message>
    <message>
      <source>Sig og gør</source>
      <translation>Si og gjør</translation>
    </message>
    <message>
      <source>Lærredet viser</source>
      <translation>Lerretet viser</translation>
    </message>
    <message>
      <source>De studerendes skærme viser</source>
      <translation>Studentenes skjermer viser</translation>
    </message>
    <message>
      <source>Video: {file}, med undertekster på {subtitle_language} ({subtitles}).</source>
      <translation>Video: {file}, med undertekster på {subtitle_language} ({subtitles}).</translation>
    </message>
    <message>
      <source>Video: {file}.</source>
      <translation>Video: {file}.</translation>
    </message>
    <message>
      <source>Svarmuligheder:</source>
      <translation>Svaralternativer:</translation>
    </message>
    <message>
      <source>Resultatet kan vises på lærredet (R), når mindst {minimum} har svaret.</source>
      <translation>Resultatet kan vises på lerretet (R) når minst {minimum} har svart.</translation>
    </message>
    <message>
      <source>Skriveopgaven:</source>
      <translation>Skriveoppgaven:</translation>
    </message>
    <message>
      <source>Under opgaven: et skrivefelt og knappen Send.</source>
      <translation>Under oppgaven: et skrivefelt og knappen Send.</translation>
    </message>
    <message>
      <source>Spørgsmålet under brevet (ja/nej): {question}</source>
      <translation>Spørsmålet under brevet (ja/nei): {question}</translation>
    </message>
    <message>
      <source>Besked</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Afstemning</source>
      <translation>Avstemning</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Refleksjon</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Brev</translation>
    </message>
    <message>
      <source>Afslutning</source>
      <translation>Avslutning</translation>
    </message>
    <message>
      <source>dansk</source>
      <translation>dansk</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>engelsk</translation>
    </message>
    <message>
      <source>norsk</source>
      <translation>norsk</translation>
    </message>
    <message>
      <source>nederlandsk</source>
      <translation>nederlandsk</translation>
    </message>
  </context>
  <context>
    <name>HelpOverlay</name>
    <message>
      <source>Mellemrum / → / PageDown</source>
      <translation>Mellomrom / → / PageDown</translation>
    </message>
    <message>
      <source>Næste trin (på sort lærred eller QR-koden: vis trinnet)</source>
      <translation>Neste trinn (på svart lerret eller QR-koden: vis trinnet)</translation>
    </message>
    <message>
      <source>← / PageUp</source>
      <translation>← / PageUp</translation>
    </message>
    <message>
      <source>Forrige trin</source>
      <translation>Forrige trinn</translation>
    </message>
    <message>
      <source>Sort lærred / vis lærredet igen</source>
      <translation>Svart lerret / vis lerretet igjen</translation>
    </message>
    <message>
      <source>Vis resultatet af afstemningen (når nok har svaret)</source>
      <translation>Vis resultatet av avstemningen (når nok har svart)</translation>
    </message>
    <message>
      <source>Pause / afspil video</source>
      <translation>Pause / spill av video</translation>
    </message>
    <message>
      <source>Projektor i fuld skærm</source>
      <translation>Projektor i fullskjerm</translation>
    </message>
    <message>
      <source>Forlad tekstfeltet / fuld skærm / luk denne hjælp</source>
      <translation>Forlat tekstfeltet / fullskjerm / lukk denne oversikten</translation>
    </message>
    <message>
      <source>Skriv en note (Enter gemmer og går tilbage til sessionen)</source>
      <translation>Skriv et notat (Enter lagrer og går tilbake til økten)</translation>
    </message>
    <message>
      <source>Vis titelbilledet på projektoren igen</source>
      <translation>Vis tittelbildet på projektoren igjen</translation>
    </message>
    <message>
      <source>Vis QR-kode og kode på projektoren / tilbage til trinnet</source>
      <translation>Vis QR-kode og kode på projektoren / tilbake til trinnet</translation>
    </message>
    <message>
      <source>Til næste knap; Enter trykker på den</source>
      <translation>Til neste knapp; Enter trykker på den</translation>
    </message>
    <message>
      <source>Vis / skjul genveje</source>
      <translation>Vis / skjul hurtigtaster</translation>
    </message>
    <message>
      <source>Tastaturgenveje</source>
      <translation>Hurtigtaster</translation>
    </message>
  </context>
  <context>
    <name>JoinPanel</name>
    <message>
      <source>Klassen</source>
      <translation>Klassen</translation>
    </message>
    <message>
      <source>Enheder: –</source>
      <translation>Enheter: –</translation>
    </message>
    <message>
      <source>På dette trin: –</source>
      <translation>På dette trinnet: –</translation>
    </message>
    <message>
      <source>Svar: –</source>
      <translation>Svar: –</translation>
    </message>
    <message>
      <source>Nulstil alle enheder…</source>
      <translation>Tilbakestill alle enheter…</translation>
    </message>
    <message>
      <source>QR-kode til siden for de studerende</source>
      <translation>QR-kode til studentsiden</translation>
    </message>
    <message>
      <source>Alle enheder starter forfra som nye deltagere; du bliver spurgt først</source>
      <translation>Alle enheter starter på nytt som nye deltakere; du blir spurt først</translation>
    </message>
    <message>
      <source>Vis adresse og kode nederst på lærredet</source>
      <translation>Vis adresse og kode nederst på lerretet</translation>
    </message>
    <message>
      <source>Genvej: J</source>
      <translation>Hurtigtast: J</translation>
    </message>
    <message>
      <source>Siden til de studerende er ikke startet.</source>
      <translation>Studentsiden er ikke startet.</translation>
    </message>
    <message>
      <source>Kode: %1</source>
      <translation>Kode: %1</translation>
    </message>
    <message>
      <source>Siden har travlt: %1 forbindelser blev afvist det sidste minut. Det retter sig som regel selv; bed eleverne vente et øjeblik og prøve igen.</source>
      <translation>Siden har mye å gjøre: %1 tilkoblinger ble avvist det siste minuttet. Det ordner seg som regel av seg selv; be studentene vente et øyeblikk og prøve igjen.</translation>
    </message>
    <message>
      <source>Klassen er fuld: %1 enheder kunne ikke komme ind det sidste minut. Grænsen kan hæves under Indstillinger.</source>
      <translation>Klassen er full: %1 enheter kom ikke inn det siste minuttet. Grensen kan økes under Innstillinger.</translation>
    </message>
    <message>
      <source>Mange forkerte koder det sidste minut (%1). Den rigtige kode virker stadig.</source>
      <translation>Mange feil koder det siste minuttet (%1). Den riktige koden virker fortsatt.</translation>
    </message>
    <message>
      <source>%1 svar kunne ikke gemmes det sidste minut: disken er måske fuld. Frigør plads på computeren; eleverne beholder deres tekst på skærmen.</source>
      <translation>%1 svar kunne ikke lagres det siste minuttet: disken er kanskje full. Frigjør plass på datamaskinen; studentene beholder teksten sin på skjermen.</translation>
    </message>
    <message>
      <source>Tilbage til trinnet på lærredet (J)</source>
      <translation>Tilbake til trinnet på lerretet (J)</translation>
    </message>
    <message>
      <source>Vis QR-kode og kode på lærredet (J)</source>
      <translation>Vis QR-kode og kode på lerretet (J)</translation>
    </message>
    <message>
      <source>Enheder: %1</source>
      <translation>Enheter: %1</translation>
    </message>
    <message>
      <source>På dette trin: %1</source>
      <translation>På dette trinnet: %1</translation>
    </message>
    <message>
      <source>%1: %2 sendt</source>
      <translation>%1: %2 sendt</translation>
    </message>
    <message>
      <source> · %1 skriver</source>
      <translation> · %1 skriver</translation>
    </message>
    <message>
      <source> · %1 ikke sendt</source>
      <translation> · %1 ikke sendt</translation>
    </message>
  </context>
  <context>
    <name>KitCard</name>
    <message>
      <source>Ministeriets fingeraftryk</source>
      <extracomment>Institutions listed by name before the rest are counted as "and N more".</extracomment>
      <translation>Departementets fingeravtrykk</translation>
    </message>
    <message>
      <source>Læs fingeraftrykket op for ministeriet, og kontrollér at det er det samme, før første eksport.</source>
      <translation>Les opp fingeravtrykket for departementet, og kontroller at det stemmer, før første eksport.</translation>
    </message>
    <message>
      <source>Pakker</source>
      <translation>Pakker</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Grupper</translation>
    </message>
    <message>
      <source>Forsøg %1 · kittet er lavet %2</source>
      <translation>Studie %1 · kitet er laget %2</translation>
    </message>
    <message>
      <source>findes ikke på denne computer</source>
      <translation>finnes ikke på denne datamaskinen</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>og %1 andre</source>
      <translation>og %1 andre</translation>
    </message>
    <message>
      <source>%1 hold på én institution</source>
      <translation>%1 grupper ved én institusjon</translation>
    </message>
    <message>
      <source>%1 hold på %2 institutioner</source>
      <translation>%1 grupper ved %2 institusjoner</translation>
    </message>
  </context>
  <context>
    <name>MinistrySummary</name>
    <message>
      <source>Samlet opgørelse til ministeriet</source>
      <translation>Samlet oversikt til departementet</translation>
    </message>
    <message>
      <source>Sessioner, gennemførelse, deltagelse og svarlængder på tværs af institutioner og arme</source>
      <translation>Økter, gjennomføring, deltakelse og svarlengder på tvers av institusjoner og armer</translation>
    </message>
    <message>
      <source>Overblik</source>
      <translation>Oversikt</translation>
    </message>
    <message>
      <source>Forsøg</source>
      <translation>Studie</translation>
    </message>
    <message>
      <source>Periode (UTC)</source>
      <translation>Periode (UTC)</translation>
    </message>
    <message>
      <source>Sessionsfiler flettet</source>
      <translation>Øktfiler slått sammen</translation>
    </message>
    <message>
      <source>Sessioner</source>
      <translation>Økter</translation>
    </message>
    <message>
      <source>Institutioner</source>
      <translation>Institusjoner</translation>
    </message>
    <message>
      <source>App-versioner</source>
      <translation>Appversjoner</translation>
    </message>
    <message>
      <source>Filformat</source>
      <translation>Filformat</translation>
    </message>
    <message>
      <source>{format} version {version} (den eneste, fletningen læser)</source>
      <translation>{format} versjon {version} (den eneste sammenslåingen leser)</translation>
    </message>
    <message>
      <source>Flettet</source>
      <translation>Slått sammen</translation>
    </message>
    <message>
      <source>{when} med belong-desktop {version}</source>
      <translation>{when} med belong-desktop {version}</translation>
    </message>
    <message>
      <source>Mindste antal bag et tal</source>
      <translation>Minste antall bak et tall</translation>
    </message>
    <message>
      <source>Sådan læses opgørelsen</source>
      <translation>Slik leser du oversikten</translation>
    </message>
    <message>
      <source>Hver session er én klassetime med én studiegruppe; armen er den pakke, der blev kørt (indsats eller kontrol). Tallene kommer fra de flettede tabeller: sessioner og trin fra session- og steps-tabellerne, deltagelse fra eksportens egne tal (bundles-tabellen), svarlængder fra de sendte tekster. Medianen er den midterste værdi; kvartilerne afgrænser den midterste halvdel. Andele er af alle sessioner eller planlagte trin i cellen. Et tal, der bygger på færre end {minimum} sessioner (eller tekster), vises ikke; hvor tabellen har totaler, skjules også en anden celle i samme række eller kolonne, så det skjulte tal ikke kan regnes ud, og de samme celler skjules i alle tabeller. I diagrammerne står – for et tal, der ikke vises eller ikke findes. Ingen elevtekst er gengivet.</source>
      <translation>Hver økt er én klassetime med én studiegruppe; armen er pakken som ble kjørt (tiltak eller kontroll). Tallene kommer fra de sammenslåtte tabellene: økter og trinn fra session- og steps-tabellene, deltakelse fra eksportens egne tall (bundles-tabellen), svarlengder fra de sendte tekstene. Medianen er den midterste verdien; kvartilene avgrenser den midterste halvdelen. Andeler er av alle økter eller planlagte trinn i cellen. Et tall som bygger på færre enn {minimum} økter (eller tekster), vises ikke; der tabellen har totaler, skjules også en annen celle i samme rad eller kolonne, slik at det skjulte tallet ikke kan regnes ut, og de samme cellene skjules i alle tabeller. I diagrammene står – for et tall som ikke vises eller ikke finnes. Ingen studenttekst er gjengitt.</translation>
    </message>
    <message>
      <source>vises ikke (beskytter en lille celle)</source>
      <translation>vises ikke (beskytter en liten celle)</translation>
    </message>
    <message>
      <source>Indsats</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <source>Kontrol</source>
      <translation>Kontroll</translation>
    </message>
    <message>
      <source>Arm</source>
      <translation>Arm</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institusjon</translation>
    </message>
    <message>
      <source>I alt</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <source>(ingen institution)</source>
      <translation>(ingen institusjon)</translation>
    </message>
    <message>
      <source>Alle institutioner</source>
      <translation>Alle institusjoner</translation>
    </message>
    <message>
      <source>1. Sessioner pr. institution og arm</source>
      <translation>1. Økter per institusjon og arm</translation>
    </message>
    <message>
      <source>Antal gennemførte og eksporterede sessioner.</source>
      <translation>Antall gjennomførte og eksporterte økter.</translation>
    </message>
    <message>
      <source>Sessioner pr. institution</source>
      <translation>Økter per institusjon</translation>
    </message>
    <message>
      <source>2. Gennemførelse (fidelitet)</source>
      <translation>2. Gjennomføring (fidelitet)</translation>
    </message>
    <message>
      <source>Varighed: minutter fra start til slut, og medianen af varighed delt med planens minutter. Trin vist: trin vist mindst én gang af planlagte trin. Videoer til ende: planlagte videotrin, hvis sidste visning kørte til ende. Med note om afvigelse: sessioner med mindst én note fra studievejlederen. Sluttet før tid: sessioner afsluttet før sidste trin.</source>
      <translation>Varighet: minutter fra start til slutt, og medianen av varigheten delt på planens minutter. Trinn vist: trinn vist minst én gang, av planlagte trinn. Videoer spilt til slutt: planlagte videotrinn der siste visning gikk helt til slutt. Med notat om avvik: økter med minst ett notat fra studieveilederen. Avsluttet før tiden: økter avsluttet før siste trinn.</translation>
    </message>
    <message>
      <source>Gennemførelse pr. arm</source>
      <translation>Gjennomføring per arm</translation>
    </message>
    <message>
      <source>Varighed i forhold til planen pr. institution (median)</source>
      <translation>Varighet i forhold til planen per institusjon (median)</translation>
    </message>
    <message>
      <source>Minutter (median)</source>
      <translation>Minutter (median)</translation>
    </message>
    <message>
      <source>Planlagt (min.)</source>
      <translation>Planlagt (min.)</translation>
    </message>
    <message>
      <source>Varighed af plan</source>
      <translation>Varighet av plan</translation>
    </message>
    <message>
      <source>Trin vist</source>
      <translation>Trinn vist</translation>
    </message>
    <message>
      <source>Videoer til ende</source>
      <translation>Videoer til slutt</translation>
    </message>
    <message>
      <source>Med note om afvigelse</source>
      <translation>Med notat om avvik</translation>
    </message>
    <message>
      <source>Sluttet før tid</source>
      <translation>Avsluttet før tiden</translation>
    </message>
    <message>
      <source>3. Deltagelse</source>
      <translation>3. Deltakelse</translation>
    </message>
    <message>
      <source>Enheder, der deltog, tekster sendt og kladder, der aldrig blev sendt, men var gemt, da trinnet lukkede: i alt og medianen pr. session.</source>
      <translation>Enheter som deltok, tekster sendt og utkast som aldri ble sendt, men var lagret da trinnet ble lukket: totalt og medianen per økt.</translation>
    </message>
    <message>
      <source>Median pr. session</source>
      <translation>Median per økt</translation>
    </message>
    <message>
      <source>Enheder</source>
      <translation>Enheter</translation>
    </message>
    <message>
      <source>Tekster sendt</source>
      <translation>Tekster sendt</translation>
    </message>
    <message>
      <source>Kladder ved lukning</source>
      <translation>Utkast ved lukking</translation>
    </message>
    <message>
      <source>{what}, i alt</source>
      <translation>{what}, totalt</translation>
    </message>
    <message>
      <source>{what}, median</source>
      <translation>{what}, median</translation>
    </message>
    <message>
      <source>4. Svarlængder</source>
      <translation>4. Svarlengder</translation>
    </message>
    <message>
      <source>Længden i tegn af de sendte refleksioner og breve (kun sendte tekster er svar; kladder tæller ikke). Fjernede personoplysninger tæller som deres pladsholder, fx [navn].</source>
      <translation>Lengden i tegn på de sendte refleksjonene og brevene (bare sendte tekster er svar; utkast teller ikke). Fjernede personopplysninger teller som plassholderen sin, f.eks. [navn].</translation>
    </message>
    <message>
      <source>{count} sessioner er udeladt her, fordi deres tekster var slettet før eksporten.</source>
      <translation>{count} økter er utelatt her fordi tekstene deres var slettet før eksporten.</translation>
    </message>
    <message>
      <source>Median i tegn</source>
      <translation>Median i tegn</translation>
    </message>
    <message>
      <source>Skrivetrin</source>
      <translation>Skrivetrinn</translation>
    </message>
    <message>
      <source>Tekster</source>
      <translation>Tekster</translation>
    </message>
    <message>
      <source>Nedre kvartil</source>
      <translation>Nedre kvartil</translation>
    </message>
    <message>
      <source>Median</source>
      <translation>Median</translation>
    </message>
    <message>
      <source>Øvre kvartil</source>
      <translation>Øvre kvartil</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Refleksjon</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Brev</translation>
    </message>
    <message>
      <source>Samlet opgørelse · {trial}</source>
      <translation>Samlet oversikt · {trial}</translation>
    </message>
  </context>
  <context>
    <name>PastSessions</name>
    <message>
      <source>Tidligere sessioner</source>
      <translation>Tidligere økter</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Gruppe</translation>
    </message>
    <message>
      <source>Pakke</source>
      <translation>Pakke</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Startet</source>
      <translation>Startet</translation>
    </message>
    <message>
      <source>Vælg en session med piletasterne; knapperne under tabellen gælder den</source>
      <translation>Velg en økt med piltastene; knappene under tabellen gjelder den</translation>
    </message>
    <message>
      <source>Gennemse og eksportér …</source>
      <translation>Gå gjennom og eksporter …</translation>
    </message>
    <message>
      <source>Gennemse personoplysninger i teksterne, og eksportér sessionen krypteret</source>
      <translation>Gå gjennom personopplysninger i tekstene, og eksporter økten kryptert</translation>
    </message>
    <message>
      <source>Slet tekster …</source>
      <translation>Slett tekster …</translation>
    </message>
    <message>
      <source>Slet de studerendes tekster fra denne computer efter eksporten</source>
      <translation>Slett studentenes tekster fra denne datamaskinen etter eksporten</translation>
    </message>
    <message>
      <source>Rapport …</source>
      <translation>Rapport …</translation>
    </message>
    <message>
      <source>Gem en rapport over sessionen som PDF: plan og faktisk tid, deltagelse, noter</source>
      <translation>Lagre en rapport om økten som PDF: plan og faktisk tid, deltakelse, notater</translation>
    </message>
    <message>
      <source>Brevhæfte …</source>
      <translation>Brevhefte …</translation>
    </message>
    <message>
      <source>Gennemse de delte breve og lav et brevhæfte som PDF</source>
      <translation>Gå gjennom de delte brevene og lag et brevhefte som PDF</translation>
    </message>
    <message>
      <source>Vælg en afsluttet session for at gennemse og eksportere den til ministeriet.</source>
      <translation>Velg en avsluttet økt for å gå gjennom og eksportere den til departementet.</translation>
    </message>
    <message>
      <source>Eksporteret %1</source>
      <translation>Eksportert %1</translation>
    </message>
    <message>
      <source>tekster slettet</source>
      <translation>tekster slettet</translation>
    </message>
  </context>
  <context>
    <name>ProjectorPreview</name>
    <message>
      <source>Det, klassen ser på lærredet lige nu</source>
      <translation>Det klassen ser på lerretet akkurat nå</translation>
    </message>
    <message>
      <source>På lærredet nu</source>
      <translation>På lerretet nå</translation>
    </message>
    <message>
      <source>▶ Video på lærredet</source>
      <translation>▶ Video på lerretet</translation>
    </message>
  </context>
  <context>
    <name>ProjectorWindow</name>
    <message>
      <source>Projektor</source>
      <extracomment>The smallest body text, in pixels, however small the window or long the text.</extracomment>
      <translation>Projektor</translation>
    </message>
    <message>
      <source>Scan QR-koden med kameraet, eller åbn</source>
      <translation>Skann QR-koden med kameraet, eller åpne</translation>
    </message>
    <message>
      <source>og skriv koden</source>
      <translation>og skriv inn koden</translation>
    </message>
    <message>
      <source>%1 svar</source>
      <translation>%1 svar</translation>
    </message>
    <message>
      <source>Svar på din egen skærm.</source>
      <translation>Svar på din egen skjerm.</translation>
    </message>
    <message>
      <source>%1 har svaret.</source>
      <translation>%1 har svart.</translation>
    </message>
    <message>
      <source>Videoen kan ikke vises lige nu</source>
      <translation>Videoen kan ikke vises akkurat nå</translation>
    </message>
    <message>
      <source>Deltag: %1 · kode %2</source>
      <translation>Bli med: %1 · kode %2</translation>
    </message>
    <message>
      <source>ca. %1 min</source>
      <translation>ca. %1 min</translation>
    </message>
    <message>
      <source>under et minut</source>
      <translation>under ett minutt</translation>
    </message>
    <message>
      <source>tiden er ved at være gået</source>
      <translation>tiden er nesten ute</translation>
    </message>
  </context>
  <context>
    <name>ReportController</name>
    <message>
      <source>Gem sessionsrapporten</source>
      <extracomment>The report's language until the settings screen lets the counsellor choose (issue 14).</extracomment>
      <translation>Lagre øktrapporten</translation>
    </message>
    <message>
      <source>PDF-dokumenter (*.pdf)</source>
      <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
      <source>Rapporten er ikke lavet: der blev ikke valgt en fil.</source>
      <translation>Rapporten er ikke laget: ingen fil ble valgt.</translation>
    </message>
    <message>
      <source>Skriver sessionsrapporten …</source>
      <translation>Skriver øktrapporten …</translation>
    </message>
    <message>
      <source>Sessionsrapporten er gemt: %1</source>
      <translation>Øktrapporten er lagret: %1</translation>
    </message>
    <message>
      <source>Rapporten blev ikke lavet</source>
      <translation>Rapporten ble ikke laget</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>Side {page} af {pages}</source>
      <translation>Side {page} av {pages}</translation>
    </message>
    <message>
      <source>–</source>
      <translation>–</translation>
    </message>
    <message>
      <source>færre end {minimum} – vises ikke</source>
      <translation>færre enn {minimum} – vises ikke</translation>
    </message>
    <message>
      <source>Lavet med belong-desktop {version}</source>
      <translation>Laget med belong-desktop {version}</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source>Gennemse tekster før eksport</source>
      <translation>Gå gjennom tekster før eksport</translation>
    </message>
    <message>
      <source>S skjuler de markerede ord, B beholder dem, Esc afbryder</source>
      <translation>S skjuler de merkede ordene, B beholder dem, Esc avbryter</translation>
    </message>
    <message>
      <source>%1 fra deltager %2</source>
      <translation>%1 fra deltaker %2</translation>
    </message>
    <message>
      <source>ikke sendt</source>
      <translation>ikke sendt</translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message>
      <source>Kan klassen se din skærm?</source>
      <extracomment>The flag being decided, and the other flags in the same text still to come.</extracomment>
      <translation>Kan klassen se skjermen din?</translation>
    </message>
    <message>
      <source>Det næste, du ser, er elevernes egne tekster. Din skærm vises måske på projektoren (én skærm eller spejling), og klassen må ikke se teksterne. Sluk projektoren, eller tag kablet ud, før du fortsætter.</source>
      <translation>Det neste du ser, er studentenes egne tekster. Skjermen din vises kanskje på projektoren (én skjerm eller speiling), og klassen må ikke se tekstene. Slå av projektoren eller trekk ut kabelen før du fortsetter.</translation>
    </message>
    <message>
      <source>Projektoren viser ikke min skærm – vis teksterne</source>
      <translation>Projektoren viser ikke skjermen min – vis tekstene</translation>
    </message>
    <message>
      <source>Afbryd</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Personoplysninger før eksport</source>
      <translation>Personopplysninger før eksport</translation>
    </message>
    <message>
      <source>Elevens tekst</source>
      <translation>Studentens tekst</translation>
    </message>
    <message>
      <source>Gennemgået</source>
      <translation>Gjennomgått</translation>
    </message>
    <message>
      <source>Genvej: S. Ordene erstattes; det kan ikke fortrydes</source>
      <translation>Hurtigtast: S. Ordene erstattes; det kan ikke angres</translation>
    </message>
    <message>
      <source>Behold</source>
      <translation>Behold</translation>
    </message>
    <message>
      <source>Genvej: B. Teksten bliver, som den er</source>
      <translation>Hurtigtast: B. Teksten blir som den er</translation>
    </message>
    <message>
      <source>Det, du har besluttet, er gemt</source>
      <translation>Det du har bestemt, er lagret</translation>
    </message>
    <message>
      <source>%1 af %2</source>
      <translation>%1 av %2</translation>
    </message>
    <message>
      <source>%1: »%2«</source>
      <translation>%1: «%2»</translation>
    </message>
    <message>
      <source>Skjul (→ %1)</source>
      <translation>Skjul (→ %1)</translation>
    </message>
    <message>
      <source>Skjul erstatter ordene med %1 i teksten på denne computer og i eksporten; det kan ikke fortrydes. Behold lader teksten stå, som eleven skrev den. Tasterne: S skjuler, B beholder, Esc afbryder (det besluttede er gemt).</source>
      <translation>Skjul erstatter ordene med %1 i teksten på denne datamaskinen og i eksporten; det kan ikke angres. Behold lar teksten stå slik studenten skrev den. Tastene: S skjuler, B beholder, Esc avbryter (det du har bestemt, er lagret).</translation>
    </message>
  </context>
  <context>
    <name>RunView</name>
    <message>
      <source>Trin</source>
      <translation>Trinn</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Mål</source>
      <translation>Mål</translation>
    </message>
    <message>
      <source>Brugt</source>
      <translation>Brukt</translation>
    </message>
    <message>
      <source>Lærredet er sort. Tryk B eller mellemrum for at vise det igen.</source>
      <translation>Lerretet er svart. Trykk B eller mellomrom for å vise det igjen.</translation>
    </message>
    <message>
      <source>← Forrige</source>
      <translation>← Forrige</translation>
    </message>
    <message>
      <source>Næste →</source>
      <translation>Neste →</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Pause (P)</source>
      <translation>Pause (P)</translation>
    </message>
    <message>
      <source>Timens plan</source>
      <translation>Timens plan</translation>
    </message>
    <message>
      <source>Tid brugt i alt</source>
      <translation>Tid brukt totalt</translation>
    </message>
    <message>
      <source>Tid på dette trin / planlagt</source>
      <translation>Tid på dette trinnet / planlagt</translation>
    </message>
    <message>
      <source>Noter til trinnet</source>
      <translation>Notater til trinnet</translation>
    </message>
    <message>
      <source>Forrige trin</source>
      <translation>Forrige trinn</translation>
    </message>
    <message>
      <source>Genvej: venstre pil eller PageUp</source>
      <translation>Hurtigtast: venstre pil eller PageUp</translation>
    </message>
    <message>
      <source>Næste trin</source>
      <translation>Neste trinn</translation>
    </message>
    <message>
      <source>Genvej: mellemrum, højre pil eller PageDown</source>
      <translation>Hurtigtast: mellomrom, høyre pil eller PageDown</translation>
    </message>
    <message>
      <source>Genvej: R. Resultatet vises først, når nok har svaret.</source>
      <translation>Hurtigtast: R. Resultatet vises først når nok har svart.</translation>
    </message>
    <message>
      <source>Pause eller afspil videoen</source>
      <translation>Pause eller spill av videoen</translation>
    </message>
    <message>
      <source>Forfra</source>
      <translation>Fra start</translation>
    </message>
    <message>
      <source>Afspil videoen forfra</source>
      <translation>Spill av videoen fra starten</translation>
    </message>
    <message>
      <source>Videoens position</source>
      <translation>Videoens posisjon</translation>
    </message>
    <message>
      <source>Note om afvigelser (Ctrl+N)</source>
      <translation>Notat om avvik (Ctrl+N)</translation>
    </message>
    <message>
      <source>Note om afvigelser</source>
      <translation>Notat om avvik</translation>
    </message>
    <message>
      <source>Enter gemmer noten i loggen; Esc går tilbage til sessionen</source>
      <translation>Enter lagrer notatet i loggen; Esc går tilbake til økten</translation>
    </message>
    <message>
      <source>Tilføj note</source>
      <translation>Legg til notat</translation>
    </message>
    <message>
      <source>Afslut session</source>
      <translation>Avslutt økt</translation>
    </message>
    <message>
      <source>Afslutter sessionen for hele klassen; du bliver spurgt først</source>
      <translation>Avslutter økten for hele klassen; du blir spurt først</translation>
    </message>
    <message>
      <source>Projektor fuld skærm (F5)</source>
      <translation>Projektor i fullskjerm (F5)</translation>
    </message>
    <message>
      <source>Genveje (F1)</source>
      <translation>Snarveier (F1)</translation>
    </message>
    <message>
      <source>af %1 min planlagt</source>
      <translation>av %1 min planlagt</translation>
    </message>
  </context>
  <context>
    <name>ScreenBadge</name>
    <message>
      <source>Klassevisning</source>
      <translation>Klassevisning</translation>
    </message>
    <message>
      <source>Skjul noter og pakke: klassen kan se skærmen</source>
      <translation>Skjul notater og pakke: klassen kan se skjermen</translation>
    </message>
  </context>
  <context>
    <name>ScreenLayout</name>
    <message>
      <source>Vis det fulde vindue</source>
      <translation>Vis hele vinduet</translation>
    </message>
    <message>
      <source>Noter, pakke og alt andet i vinduet bliver synligt på denne skærm. Gør det kun, når klassen ikke kan se skærmen, fx når du forbereder dig. Vis det fulde vindue?</source>
      <translation>Notater, pakke og alt annet i vinduet blir synlig på denne skjermen. Gjør det bare når klassen ikke kan se skjermen, f.eks. når du forbereder deg. Vise hele vinduet?</translation>
    </message>
    <message>
      <source>Sessionen vises på projektoren</source>
      <translation>Økten vises på projektoren</translation>
    </message>
    <message>
      <source>Styr timen med bjælken øverst eller med tasterne: mellemrum eller → frem, ← tilbage, J for QR-koden.</source>
      <translation>Styr timen med linjen øverst eller med tastene: mellomrom eller → fram, ← tilbake, J for QR-koden.</translation>
    </message>
    <message>
      <source>Sessionen er afsluttet</source>
      <translation>Økten er avsluttet</translation>
    </message>
    <message>
      <source>Afslutningen vises stadig. »Til startskærmen« i bjælken fører tilbage.</source>
      <translation>Avslutningen vises fortsatt. «Til startskjermen» i linjen tar deg tilbake.</translation>
    </message>
    <message>
      <source>To skærme: klassen ser projektoren på »%1«, og noterne bliver på din skærm.</source>
      <translation>To skjermer: klassen ser projektoren på «%1», og notatene blir på skjermen din.</translation>
    </message>
    <message>
      <source>Spejlet skærm: klassen ser det samme som dig. Derfor vises hverken noter eller pakke her, og under sessionen styrer du fra en lille bjælke.</source>
      <translation>Speilet skjerm: klassen ser det samme som deg. Derfor vises verken notater eller pakke her, og under økten styrer du fra en liten linje.</translation>
    </message>
    <message>
      <source>Én skærm: vises den på lærredet, ser klassen det samme som dig. Derfor vises hverken noter eller pakke her, og under sessionen styrer du fra en lille bjælke.</source>
      <translation>Én skjerm: vises den på lerretet, ser klassen det samme som deg. Derfor vises verken notater eller pakke her, og under økten styrer du fra en liten linje.</translation>
    </message>
    <message>
      <source>To skærme · projektor: %1</source>
      <translation>To skjermer · projektor: %1</translation>
    </message>
    <message>
      <source>Privat visning: klassen må ikke kunne se denne skærm</source>
      <translation>Privat visning: klassen må ikke kunne se denne skjermen</translation>
    </message>
    <message>
      <source>Projektoren er fundet på »%1«. Den viser kun klassens billede; noterne er tilbage på din skærm.</source>
      <translation>Projektoren er funnet på «%1». Den viser bare klassens bilde; notatene er tilbake på skjermen din.</translation>
    </message>
    <message>
      <source>Skærmen spejles nu. Klassevisning er slået til: noter og pakke er skjult, og timen fortsætter.</source>
      <translation>Skjermen speiles nå. Klassevisning er slått på: notater og pakke er skjult, og timen fortsetter.</translation>
    </message>
    <message>
      <source>Der er nu kun én skærm. Klassevisning er slået til: noter og pakke er skjult, og timen fortsætter.</source>
      <translation>Nå er det bare én skjerm. Klassevisning er slått på: notater og pakke er skjult, og timen fortsetter.</translation>
    </message>
    <message>
      <source>Sessionen kunne ikke startes. Forklaringen står i det fulde vindue; åbn det, når klassen ikke ser med.</source>
      <translation>Økten kunne ikke startes. Forklaringen står i hele vinduet; åpne det når klassen ikke ser på.</translation>
    </message>
    <message>
      <source>Sessionen kunne ikke genoptages. Forklaringen står i det fulde vindue; åbn det, når klassen ikke ser med.</source>
      <translation>Økten kunne ikke gjenopptas. Forklaringen står i hele vinduet; åpne det når klassen ikke ser på.</translation>
    </message>
  </context>
  <context>
    <name>ScriptController</name>
    <message>
      <source>Gem drejebogen</source>
      <translation>Lagre dreieboken</translation>
    </message>
    <message>
      <source>Laver drejebogen …</source>
      <translation>Lager dreieboken …</translation>
    </message>
    <message>
      <source>Drejebogen er gemt: %1</source>
      <translation>Dreieboken er lagret: %1</translation>
    </message>
    <message>
      <source>Drejebogen blev ikke gemt</source>
      <translation>Dreieboken ble ikke lagret</translation>
    </message>
  </context>
  <context>
    <name>SessionClock</name>
    <message>
      <source>Planen når over %1 minutter: ca. %2 min i alt. Overvej at korte af.</source>
      <extracomment>Steps where the class works on its own devices and sees how long it has.</extracomment>
      <translation>Planen går over %1 minutter: ca. %2 min totalt. Vurder å korte ned.</translation>
    </message>
  </context>
  <context>
    <name>SessionReport</name>
    <message>
      <source>Sessionsrapport</source>
      <extracomment>The languages the report's own words are written in.</extracomment>
      <translation>Øktrapport</translation>
    </message>
    <message>
      <source>Plan og forløb for én session. Rapporten indeholder ingen elevtekster.</source>
      <translation>Plan og forløp for én økt. Rapporten inneholder ingen studenttekster.</translation>
    </message>
    <message>
      <source>Rapporten indeholder ingen tekster, som elever har skrevet.</source>
      <translation>Rapporten inneholder ingen tekster skrevet av studenter.</translation>
    </message>
    <message>
      <source>Pakke</source>
      <translation>Pakke</translation>
    </message>
    <message>
      <source>version {version}</source>
      <translation>versjon {version}</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Gruppe</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Start og slut</source>
      <translation>Start og slutt</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Enheder med</source>
      <translation>Deltakende enheter</translation>
    </message>
    <message>
      <source>%d.%m.%Y</source>
      <translation>%d.%m.%Y</translation>
    </message>
    <message>
      <source>dansk</source>
      <translation>dansk</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>engelsk</translation>
    </message>
    <message>
      <source>norsk</source>
      <translation>norsk</translation>
    </message>
    <message>
      <source>nederlandsk</source>
      <translation>nederlandsk</translation>
    </message>
    <message>
      <source>Sessionen er ikke afsluttet; tiderne gælder indtil nu.</source>
      <translation>Økten er ikke avsluttet; tidene gjelder fram til nå.</translation>
    </message>
    <message>
      <source>Sessionen blev afsluttet før sidste trin: {count} trin blev ikke nået.</source>
      <translation>Økten ble avsluttet før siste trinn: {count} trinn ble ikke nådd.</translation>
    </message>
    <message>
      <source>{count} trin er ikke nået endnu.</source>
      <translation>{count} trinn er ikke nådd ennå.</translation>
    </message>
    <message>
      <source>Alle trin blev vist.</source>
      <translation>Alle trinn ble vist.</translation>
    </message>
    <message>
      <source>Tid pr. trin: plan og faktisk</source>
      <translation>Tid per trinn: plan og faktisk</translation>
    </message>
    <message>
      <source>Minutter pr. trin. Samme tal står i tabellen nedenfor.</source>
      <translation>Minutter per trinn. De samme tallene står i tabellen nedenfor.</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Faktisk</source>
      <translation>Faktisk</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Trinn</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Plan (min)</source>
      <translation>Plan (min)</translation>
    </message>
    <message>
      <source>Faktisk (min)</source>
      <translation>Faktisk (min)</translation>
    </message>
    <message>
      <source>Forskel (min)</source>
      <translation>Forskjell (min)</translation>
    </message>
    <message>
      <source>ikke nået</source>
      <translation>ikke nådd</translation>
    </message>
    <message>
      <source>I alt</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <source>Faktisk i alt er tiden fra start til slut; trinenes tider kan give lidt mindre (skift mellem trin) eller mere (trin vist flere gange).</source>
      <translation>Faktisk totalt er tiden fra start til slutt; trinnenes tider kan gi litt mindre (bytte mellom trinn) eller mer (trinn vist flere ganger).</translation>
    </message>
    <message>
      <source>Deltagelse</source>
      <translation>Deltakelse</translation>
    </message>
    <message>
      <source>{devices} enheder var med (en enhed, hvis elevside blev åbnet).</source>
      <translation>{devices} enheter var med (en enhet der studentsiden ble åpnet).</translation>
    </message>
    <message>
      <source>Tekster sendt</source>
      <translation>Tekster sendt</translation>
    </message>
    <message>
      <source>Kladder ved lukning</source>
      <translation>Utkast ved lukking</translation>
    </message>
    <message>
      <source>Ikke sendt, trin åbent</source>
      <translation>Ikke sendt, trinn åpent</translation>
    </message>
    <message>
      <source>Pakken har ingen skrivetrin.</source>
      <translation>Pakken har ingen skrivetrinn.</translation>
    </message>
    <message>
      <source>Afstemninger</source>
      <translation>Avstemninger</translation>
    </message>
    <message>
      <source>Svarmulighed</source>
      <translation>Svaralternativ</translation>
    </message>
    <message>
      <source>Svar</source>
      <translation>Svar</translation>
    </message>
    <message>
      <source>Andel</source>
      <translation>Andel</translation>
    </message>
    <message>
      <source>{count} svar i alt.</source>
      <translation>{count} svar totalt.</translation>
    </message>
    <message>
      <source>Resultater vises kun fra {minimum} svar, som på projektoren.</source>
      <translation>Resultater vises bare fra {minimum} svar, som på projektoren.</translation>
    </message>
    <message>
      <source>Videoer</source>
      <translation>Videoer</translation>
    </message>
    <message>
      <source>Vist til ende</source>
      <translation>Vist til slutt</translation>
    </message>
    <message>
      <source>Længst til</source>
      <translation>Spilt til</translation>
    </message>
    <message>
      <source>Visninger</source>
      <translation>Visninger</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>nej</source>
      <translation>nei</translation>
    </message>
    <message>
      <source>ikke logget</source>
      <translation>ikke logget</translation>
    </message>
    <message>
      <source>Pakken har ingen videoer.</source>
      <translation>Pakken har ingen videoer.</translation>
    </message>
    <message>
      <source>Noter om afvigelser</source>
      <translation>Notater om avvik</translation>
    </message>
    <message>
      <source>Der er ingen noter.</source>
      <translation>Det er ingen notater.</translation>
    </message>
    <message>
      <source>afvigelse</source>
      <translation>avvik</translation>
    </message>
    <message>
      <source>valg af pakke eller hold</source>
      <translation>valg av pakke eller gruppe</translation>
    </message>
    <message>
      <source>skrevet af programmet</source>
      <translation>skrevet av programmet</translation>
    </message>
    <message>
      <source>før start</source>
      <translation>før start</translation>
    </message>
    <message>
      <source>trin {number}</source>
      <translation>trinn {number}</translation>
    </message>
    <message>
      <source>Eksport</source>
      <translation>Eksport</translation>
    </message>
    <message>
      <source>Sessionen er ikke eksporteret til ministeriet endnu.</source>
      <translation>Økten er ikke eksportert til departementet ennå.</translation>
    </message>
    <message>
      <source>Eksporteret til ministeriet {count} gang(e), senest {when}.</source>
      <translation>Eksportert til departementet {count} gang(er), sist {when}.</translation>
    </message>
    <message>
      <source>Elevernes tekster blev slettet fra computeren {when}.</source>
      <translation>Studentenes tekster ble slettet fra datamaskinen {when}.</translation>
    </message>
    <message>
      <source>Besked</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Afstemning</source>
      <translation>Avstemning</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Refleksjon</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Brev</translation>
    </message>
    <message>
      <source>Afslutning</source>
      <translation>Avslutning</translation>
    </message>
  </context>
  <context>
    <name>SettingsController</name>
    <message>
      <source>Vælg kittet fra ministeriet</source>
      <translation>Velg kitet fra departementet</translation>
    </message>
    <message>
      <source>Kit fra ministeriet (*.json *.kit);;Alle filer (*)</source>
      <translation>Kit fra departementet (*.json *.kit);;Alle filer (*)</translation>
    </message>
    <message>
      <source>Kittet %1 er indlæst. Husk at læse fingeraftrykket op for ministeriet.</source>
      <translation>Kitet %1 er lastet inn. Husk å lese opp fingeravtrykket for departementet.</translation>
    </message>
    <message>
      <source>Fjern kittet %1? Nye sessioner får så ikke deres pakke fra kittet, og sessioner kan ikke eksporteres, før et kit er indlæst igen. Sessionerne, der allerede er kørt, beholder deres oplysninger.</source>
      <translation>Fjerne kitet %1? Da får nye økter ikke pakken sin fra kitet, og økter kan ikke eksporteres før et kit er lastet inn igjen. Øktene som allerede er kjørt, beholder opplysningene sine.</translation>
    </message>
    <message>
      <source>Fjern kit</source>
      <translation>Fjern kit</translation>
    </message>
    <message>
      <source>Kittet er fjernet.</source>
      <translation>Kitet er fjernet.</translation>
    </message>
    <message>
      <source>Gemt: teksterne slettes fra denne computer %1 dage efter eksporten.</source>
      <translation>Lagret: tekstene slettes fra denne datamaskinen %1 dager etter eksporten.</translation>
    </message>
    <message>
      <source>Gemt: teksterne bliver, til du sletter dem.</source>
      <translation>Lagret: tekstene blir liggende til du sletter dem.</translation>
    </message>
    <message>
      <source>Gemt: højst %1 enheder pr. session, fra næste gang siden til de studerende startes.</source>
      <translation>Lagret: høyst %1 enheter per økt, fra neste gang studentsiden startes.</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Indstillinger</source>
      <translation>Innstillinger</translation>
    </message>
    <message>
      <source>Tilbage til startskærmen</source>
      <translation>Tilbake til startskjermen</translation>
    </message>
    <message>
      <source>Kit fra ministeriet</source>
      <translation>Kit fra departementet</translation>
    </message>
    <message>
      <source>Intet kit indlæst. Uden kit vælger du selv pakken til hvert hold, og sessioner kan ikke eksporteres til ministeriet. Kittet er en fil, du får fra ministeriet.</source>
      <translation>Ikke noe kit lastet inn. Uten kit velger du selv pakken for hver gruppe, og økter kan ikke eksporteres til departementet. Kitet er en fil du får fra departementet.</translation>
    </message>
    <message>
      <source>Kittet er i brug: holdenes pakke følger kittet, og eksporten krypteres til ministeriet.</source>
      <translation>Kitet er i bruk: gruppenes pakke følger kitet, og eksporten krypteres til departementet.</translation>
    </message>
    <message>
      <source>Indlæs kit …</source>
      <translation>Last inn kit …</translation>
    </message>
    <message>
      <source>Fjern kit</source>
      <translation>Fjern kit</translation>
    </message>
    <message>
      <source>Importér</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Annuller</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Elevernes tekster efter eksport</source>
      <translation>Studentenes tekster etter eksport</translation>
    </message>
    <message>
      <source>Behold dem, til jeg sletter dem</source>
      <translation>Behold dem til jeg sletter dem</translation>
    </message>
    <message>
      <source>Slet dem automatisk</source>
      <translation>Slett dem automatisk</translation>
    </message>
    <message>
      <source> dage efter eksport</source>
      <translation> dager etter eksport</translation>
    </message>
    <message>
      <source>Dage efter eksport, før teksterne slettes</source>
      <translation>Dager etter eksport før tekstene slettes</translation>
    </message>
    <message>
      <source>Sletningen sker, når programmet starter. Kvitteringen for eksporten og sessionens log bliver; kun elevernes tekster fjernes fra denne computer.</source>
      <translation>Slettingen skjer når programmet starter. Kvitteringen for eksporten og øktens logg blir liggende; bare studentenes tekster fjernes fra denne datamaskinen.</translation>
    </message>
    <message>
      <source>Enheder pr. session</source>
      <translation>Enheter per økt</translation>
    </message>
    <message>
      <source>Højst antal enheder pr. session</source>
      <translation>Høyeste antall enheter per økt</translation>
    </message>
    <message>
      <source>Enter gemmer tallet</source>
      <translation>Enter lagrer tallet</translation>
    </message>
    <message>
      <source>Højst</source>
      <translation>Høyst</translation>
    </message>
    <message>
      <source>enheder (%1–%2)</source>
      <translation>enheter (%1–%2)</translation>
    </message>
    <message>
      <source>Så mange enheder kan deltage i én session; flere får at vide, at der ikke er plads. 500 passer til en klasse; hæv tallet til et auditorium. Ændringen gælder, næste gang siden til de studerende startes.</source>
      <translation>Så mange enheter kan delta i én økt; flere får beskjed om at det ikke er plass. 500 passer for en klasse; øk tallet for et auditorium. Endringen gjelder neste gang studentsiden startes.</translation>
    </message>
    <message>
      <source>Eksportmappe</source>
      <translation>Eksportmappe</translation>
    </message>
    <message>
      <source>Eksporterede filer lægges her, medmindre du vælger en anden mappe ved eksporten. Filerne er krypterede: kun ministeriet kan åbne dem.</source>
      <translation>Eksporterte filer legges her, med mindre du velger en annen mappe ved eksporten. Filene er kryptert: bare departementet kan åpne dem.</translation>
    </message>
    <message>
      <source>Indlæs et andet kit …</source>
      <translation>Last inn et annet kit …</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Vinduernes sprog</source>
      <translation>Vinduenes språk</translation>
    </message>
    <message>
      <source>Skifter sproget i programmets vinduer med det samme</source>
      <translation>Bytter språk i programmets vinduer med en gang</translation>
    </message>
    <message>
      <source>Gælder programmets vinduer. Sproget, klassen ser, vælger du for hver session på startskærmen.</source>
      <translation>Gjelder programmets vinduer. Språket klassen ser, velger du for hver økt på startskjermen.</translation>
    </message>
    <message>
      <source>Gemt: vinduerne vises nu på %1.</source>
      <translation>Lagret: vinduene vises nå på %1.</translation>
    </message>
    <message>
      <source>Kittet i filen »%1« (ikke indlæst endnu; det afløser kittet i brug)</source>
      <translation>Kitet i filen «%1» (ikke lastet inn ennå; det erstatter kitet som er i bruk)</translation>
    </message>
    <message>
      <source>Kittet i filen »%1« (ikke indlæst endnu)</source>
      <translation>Kitet i filen «%1» (ikke lastet inn ennå)</translation>
    </message>
    <message>
      <source>Send denne liste til ministeriet (den er på engelsk):</source>
      <translation>Send denne listen til departementet (den er på engelsk):</translation>
    </message>
  </context>
  <context>
    <name>SharedCover</name>
    <message>
      <source>Klar</source>
      <translation>Klar</translation>
    </message>
    <message>
      <source>fx DAT1-A</source>
      <translation>f.eks. DAT1-A</translation>
    </message>
    <message>
      <source>pakkens navn</source>
      <translation>pakkens navn</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Start økt</translation>
    </message>
    <message>
      <source>Skriv pakkens navn, som du har fået det oplyst. Det vises ikke her, fordi klassen kan se skærmen.</source>
      <translation>Skriv pakkens navn slik du har fått det oppgitt. Det vises ikke her fordi klassen kan se skjermen.</translation>
    </message>
    <message>
      <source>Holdets kode</source>
      <translation>Gruppekode</translation>
    </message>
    <message>
      <source>Indholdspakke</source>
      <translation>Innholdspakke</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Pakkens navn skrives skjult, fordi klassen kan se skærmen</source>
      <translation>Pakkens navn skrives skjult, fordi klassen kan se skjermen</translation>
    </message>
    <message>
      <source>Genoptag</source>
      <translation>Gjenoppta</translation>
    </message>
    <message>
      <source>Vis det fulde vindue …</source>
      <translation>Vis hele vinduet …</translation>
    </message>
    <message>
      <source>Kun når klassen ikke kan se skærmen, fx når du forbereder dig</source>
      <translation>Bare når klassen ikke kan se skjermen, f.eks. når du forbereder deg</translation>
    </message>
    <message>
      <source>Afbrudte sessioner</source>
      <translation>Avbrutte økter</translation>
    </message>
    <message>
      <source>Ny session</source>
      <translation>Ny økt</translation>
    </message>
    <message>
      <source>den eneste pakke er valgt</source>
      <translation>den eneste pakken er valgt</translation>
    </message>
    <message>
      <source>Med kittet følger pakken holdet: skriv kun holdets kode. Skriv et pakkenavn her, kun hvis du vil afvige fra kittet.</source>
      <translation>Med kitet følger pakken gruppen: skriv bare gruppekoden. Skriv et pakkenavn her bare hvis du vil avvike fra kitet.</translation>
    </message>
    <message>
      <source>%1 · %2, trin %3</source>
      <translation>%1 · %2, trinn %3</translation>
    </message>
    <message>
      <source>Ingen pakke med det navn</source>
      <translation>Ingen pakke med det navnet</translation>
    </message>
    <message>
      <source>✓ Pakken er fundet</source>
      <translation>✓ Pakken er funnet</translation>
    </message>
    <message>
      <source>Der er ingen indholdspakke at vælge.</source>
      <translation>Det er ingen innholdspakke å velge.</translation>
    </message>
    <message>
      <source>Holdet står ikke i kittet. Skriv pakkens navn for at køre det alligevel; du bliver bedt om en begrundelse.</source>
      <translation>Gruppen står ikke i kitet. Skriv pakkens navn for å kjøre den likevel; du blir bedt om en begrunnelse.</translation>
    </message>
    <message>
      <source>Skriv pakkens navn.</source>
      <translation>Skriv pakkens navn.</translation>
    </message>
    <message>
      <source>Der er ingen pakke med det navn. Tjek stavningen.</source>
      <translation>Det finnes ingen pakke med det navnet. Sjekk stavingen.</translation>
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <source>Ny session</source>
      <translation>Ny økt</translation>
    </message>
    <message>
      <source>fx DAT1-A</source>
      <translation>f.eks. DAT1-A</translation>
    </message>
    <message>
      <source>Kittets hold ▾</source>
      <translation>Gruppene i kitet ▾</translation>
    </message>
    <message>
      <source>Vis alle hold i kittet</source>
      <translation>Vis alle gruppene i kitet</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Start økt</translation>
    </message>
    <message>
      <source>Udskriv drejebog …</source>
      <translation>Skriv ut dreiebok …</translation>
    </message>
    <message>
      <source>Gem timens plan for den valgte pakke og det valgte sprog som PDF</source>
      <translation>Lagre timens plan for valgt pakke og språk som PDF</translation>
    </message>
    <message>
      <source>Holdets kode</source>
      <translation>Gruppekode</translation>
    </message>
    <message>
      <source>Indholdspakke</source>
      <translation>Innholdspakke</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>automatisk</source>
      <translation>automatisk</translation>
    </message>
    <message>
      <source>Netværk til de studerendes side</source>
      <translation>Nettverk for studentsiden</translation>
    </message>
    <message>
      <source>Starter sessionen for holdet med den valgte pakke og det valgte sprog</source>
      <translation>Starter økten for gruppen med valgt pakke og språk</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Sproget, klassen ser sessionen på (lærredet og de studerendes side)</source>
      <translation>Språket klassen ser økten på (lerretet og studentsiden)</translation>
    </message>
    <message>
      <source>Automatisk: den port, sessionen brugte sidst, ellers 8470</source>
      <translation>Automatisk: porten økten brukte sist, ellers 8470</translation>
    </message>
    <message>
      <source>Genoptag</source>
      <translation>Gjenoppta</translation>
    </message>
    <message>
      <source>Afbrudte sessioner</source>
      <translation>Avbrutte økter</translation>
    </message>
    <message>
      <source>Lærredet viser stadig afslutningen fra sidste session.</source>
      <translation>Lerretet viser fortsatt avslutningen fra forrige økt.</translation>
    </message>
    <message>
      <source>Tag den ned fra lærredet</source>
      <translation>Ta den ned fra lerretet</translation>
    </message>
    <message>
      <source>Indstillinger …</source>
      <translation>Innstillinger …</translation>
    </message>
    <message>
      <source>Åbner databasen og indholdspakkerne …</source>
      <translation>Åpner databasen og innholdspakkene …</translation>
    </message>
    <message>
      <source>Intet kit indlæst: du vælger pakken; valget logges.</source>
      <translation>Ikke noe kit lastet inn: du velger pakken; valget logges.</translation>
    </message>
    <message>
      <source>Kit %1: Pakken følger holdets gruppe i kittet. Vælger du en anden pakke eller et hold uden for kittet, skal du skrive hvorfor.</source>
      <translation>Kit %1: Pakken følger det kitet sier for gruppen. Velger du en annen pakke eller en gruppe utenfor kitet, må du skrive hvorfor.</translation>
    </message>
    <message>
      <source>%1 · %2 · %3, trin %4</source>
      <translation>%1 · %2 · %3, trinn %4</translation>
    </message>
    <message>
      <source>Alle netværk</source>
      <translation>Alle nettverk</translation>
    </message>
    <message>
      <source>%1 står ikke i kittet: du vælger pakken og skriver hvorfor.</source>
      <translation>%1 står ikke i kitet: du velger pakken og skriver hvorfor.</translation>
    </message>
    <message>
      <source>I kittet: %1</source>
      <translation>I kitet: %1</translation>
    </message>
    <message>
      <source>Der er ingen indholdspakke at vælge.</source>
      <translation>Det er ingen innholdspakke å velge.</translation>
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
    <message>
      <source>Sprog</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Sproget kunne ikke skiftes lige nu. Prøv igen om lidt.</source>
      <translation>Språket kunne ikke byttes akkurat nå. Prøv igjen om litt.</translation>
    </message>
    <message>
      <source>Det sprog findes ikke på denne side.</source>
      <translation>Det språket finnes ikke på denne siden.</translation>
    </message>
    <message>
      <source>dansk</source>
      <translation>dansk</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>engelsk</translation>
    </message>
    <message>
      <source>norsk (bokmål)</source>
      <translation>norsk (bokmål)</translation>
    </message>
    <message>
      <source>nederlandsk</source>
      <translation>nederlandsk</translation>
    </message>
    <message>
      <source>Spørgsmål og tekster i denne session findes ikke på dansk, så de vises på {shown}.</source>
      <translation>Spørsmål og tekster i denne økten finnes ikke på norsk, så de vises på {shown}.</translation>
    </message>
    <message>
      <source>Vis hvad der bliver sagt</source>
      <translation>Vis det som blir sagt</translation>
    </message>
    <message>
      <source>Det bliver sagt i videoen</source>
      <translation>Dette blir sagt i videoen</translation>
    </message>
  </context>
  <context>
    <name>VideoController</name>
    <message>
      <source>Afspiller: %1</source>
      <translation>Spiller av: %1</translation>
    </message>
    <message>
      <source>Videoen er slut. Tryk → for næste trin.</source>
      <translation>Videoen er ferdig. Trykk → for neste trinn.</translation>
    </message>
    <message>
      <source>Pause (P)</source>
      <translation>Pause (P)</translation>
    </message>
    <message>
      <source>Afspil (P)</source>
      <translation>Spill av (P)</translation>
    </message>
  </context>
  <context>
    <name>VideoPlayer</name>
    <message>
      <source>Videoen kunne ikke afspilles: {name} findes ikke</source>
      <translation>Videoen kunne ikke spilles av: {name} finnes ikke</translation>
    </message>
    <message>
      <source>Videoen kunne ikke afspilles: {name} er beskadiget eller i et format, der ikke kan afspilles</source>
      <translation>Videoen kunne ikke spilles av: {name} er skadet eller i et format som ikke kan spilles av</translation>
    </message>
    <message>
      <source>Videoen kunne ikke afspilles: {name} ({detail})</source>
      <translation>Videoen kunne ikke spilles av: {name} ({detail})</translation>
    </message>
    <message>
      <source>Underteksterne {name} kunne ikke indlæses ({reason}); videoen vises uden undertekster</source>
      <translation>Undertekstene {name} kunne ikke lastes inn ({reason}); videoen vises uten undertekster</translation>
    </message>
    <message>
      <source>filen findes ikke</source>
      <translation>filen finnes ikke</translation>
    </message>
    <message>
      <source>VLC meldte en fejl</source>
      <translation>VLC meldte en feil</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>Besked</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Afstemning</source>
      <translation>Avstemning</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Refleksjon</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Brev</translation>
    </message>
    <message>
      <source>Afslutning</source>
      <translation>Avslutning</translation>
    </message>
    <message>
      <source>Ikke startet</source>
      <translation>Ikke startet</translation>
    </message>
    <message>
      <source>Afbrudt</source>
      <translation>Avbrutt</translation>
    </message>
    <message>
      <source>Afsluttet</source>
      <translation>Avsluttet</translation>
    </message>
    <message>
      <source>Eksporteret</source>
      <translation>Eksportert</translation>
    </message>
    <message>
      <source>Muligt navn</source>
      <extracomment>What the review calls each kind of flagged personal data.</extracomment>
      <translation>Mulig navn</translation>
    </message>
    <message>
      <source>E-mailadresse</source>
      <translation>E-postadresse</translation>
    </message>
    <message>
      <source>Telefonnummer</source>
      <translation>Telefonnummer</translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>Fødselsnummer</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Lenke</translation>
    </message>
    <message>
      <source>Brugernavn</source>
      <translation>Brukernavn</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>behandling</source>
      <extracomment>The study arms, for the counsellor only (settings, the override question): never on the projector, the cover or a student's page.</extracomment>
      <translation>tiltak</translation>
    </message>
    <message>
      <source>kontrol</source>
      <translation>kontroll</translation>
    </message>
  </context>
</TS>