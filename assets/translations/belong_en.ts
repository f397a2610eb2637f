<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="da_DK">
  <context>
    <name>AppearanceBox</name>
    <message>
      <source>Udseende</source>
      <extracomment>The preview's size: big enough to judge the type, small enough for a 1366 × 768 laptop. The keys a radio button uses (arrows move the choice, Space checks it): the control window binds them as application shortcuts for the session (next, previous), which would take them first.</extracomment>
      <translation>Appearance</translation>
    </message>
    <message>
      <source>Tema:</source>
      <translation>Theme:</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Høj kontrast</source>
      <translation>High contrast</translation>
    </message>
    <message>
      <source>Tema: %1</source>
      <translation>Theme: %1</translation>
    </message>
    <message>
      <source>Høj kontrast: hvid tekst på sort, tydelig markering af det, du står på, og sort-hvide slides på lærredet.</source>
      <translation>High contrast: white text on black, a clear mark on what has focus, and black-and-white slides on the projector.</translation>
    </message>
    <message>
      <source>Tekststørrelse i dette vindue:</source>
      <translation>Text size in this window:</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Tekststørrelse %1 procent</source>
      <translation>Text size %1 per cent</translation>
    </message>
    <message>
      <source>Skrift på lærredet:</source>
      <translation>Type on the projector:</translation>
    </message>
    <message>
      <source>Lille</source>
      <translation>Small</translation>
    </message>
    <message>
      <source>Mellem</source>
      <translation>Medium</translation>
    </message>
    <message>
      <source>Stor</source>
      <translation>Large</translation>
    </message>
    <message>
      <source>Meget stor</source>
      <translation>Very large</translation>
    </message>
    <message>
      <source>Skrift på lærredet: %1</source>
      <translation>Type on the projector: %1</translation>
    </message>
    <message>
      <source>Sådan ser lærredet ud med den valgte skrift (1280 × 720):</source>
      <translation>How the projector looks with the chosen type (1280 × 720):</translation>
    </message>
    <message>
      <source>Eksempel på et slide på lærredet</source>
      <translation>Example of a slide on the projector</translation>
    </message>
    <message>
      <source>Eksempel på koden til at deltage på lærredet</source>
      <translation>Example of the join code on the projector</translation>
    </message>
    <message>
      <source>Til rum, hvor bageste række sidder højst %1 gange lærredets højde fra lærredet.</source>
      <translation>For rooms where the back row sits at most %1 times the projector picture's height from it.</translation>
    </message>
  </context>
  <context>
    <name>AppearanceController</name>
    <message>
      <source>Deltag i sessionen</source>
      <extracomment>The application's font size before any scaling, remembered on the application. A widget's own font size at 100 %, remembered on the widget.</extracomment>
      <translation>Join the session</translation>
    </message>
    <message>
      <source>Velkommen</source>
      <translation>Welcome</translation>
    </message>
    <message>
      <source>Sådan ser teksten ud på lærredet.</source>
      <translation>This is how the text looks on the projector.</translation>
    </message>
    <message>
      <source>Gemt. Det gælder med det samme.</source>
      <translation>Saved. It applies at once.</translation>
    </message>
  </context>
  <context>
    <name>Booklet</name>
    <message>
      <source>Breve til nye studerende</source>
      <extracomment>A letter up to this many characters stays on one page (it fits with room to spare).</extracomment>
      <translation>Letters to new students</translation>
    </message>
    <message>
      <source>Breve fra studerende til næste års nye studerende</source>
      <translation>Letters from students to next year's new students</translation>
    </message>
    <message>
      <source>{count} breve</source>
      <translation>{count} letters</translation>
    </message>
    <message>
      <source>Ét brev</source>
      <translation>One letter</translation>
    </message>
  </context>
  <context>
    <name>BookletController</name>
    <message>
      <source>Kan klassen se din skærm?</source>
      <translation>Can the class see your screen?</translation>
    </message>
    <message>
      <source>Det næste, du ser, er elevernes egne breve. Din skærm vises måske på projektoren (én skærm eller spejling), og klassen må ikke se brevene. Sluk projektoren, eller tag kablet ud, før du fortsætter.</source>
      <translation>What comes next is the students' own letters. Your screen may be on the projector (one screen or mirroring), and the class must not see the letters. Switch the projector off or unplug the cable before you continue.</translation>
    </message>
    <message>
      <source>Projektoren viser ikke min skærm – vis brevene</source>
      <translation>The projector is not showing my screen – show the letters</translation>
    </message>
    <message>
      <source>Brevhæftet er lukket, fordi din skærm måske vises på projektoren. Dine valg er gemt.</source>
      <translation>The letter booklet was closed because your screen may be on the projector. Your choices are saved.</translation>
    </message>
    <message>
      <source>Henter brevene …</source>
      <translation>Loading the letters …</translation>
    </message>
    <message>
      <source>Brev %1 – %2</source>
      <translation>Letter %1 – %2</translation>
    </message>
    <message>
      <source>godkendt</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>skjult</source>
      <translation>hidden</translation>
    </message>
    <message>
      <source>venter</source>
      <translation>pending</translation>
    </message>
    <message>
      <source>%1 udeladt</source>
      <translation>%1 omitted</translation>
    </message>
    <message>
      <source>Godkendt: %1 · Skjult: %2 · Venter: %3</source>
      <translation>Approved: %1 · Hidden: %2 · Pending: %3</translation>
    </message>
    <message>
      <source>Sæt flueben ved en eller flere afsluttede sessioner.</source>
      <translation>Tick one or more ended sessions.</translation>
    </message>
    <message>
      <source>Ingen breve i de valgte sessioner må deles.</source>
      <translation>No letters in the selected sessions may be shared.</translation>
    </message>
    <message>
      <source>Mulige personoplysninger: %1</source>
      <translation>Possible personal data: %1</translation>
    </message>
    <message>
      <source>Ingen mulige personoplysninger fundet.</source>
      <translation>No possible personal data found.</translation>
    </message>
    <message>
      <source>Skriften i hæftet kan ikke vise: %1</source>
      <translation>The booklet's font cannot show: %1</translation>
    </message>
    <message>
      <source>Udelad tekst</source>
      <translation>Omit text</translation>
    </message>
    <message>
      <source>Brevhæfte</source>
      <translation>Letter booklet</translation>
    </message>
    <message>
      <source>Gem brevhæftet</source>
      <translation>Save letter booklet</translation>
    </message>
    <message>
      <source>brevhaefte.pdf</source>
      <translation>brevhaefte.pdf</translation>
    </message>
    <message>
      <source>PDF-filer (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Laver brevhæftet …</source>
      <translation>Making the letter booklet …</translation>
    </message>
    <message>
      <source>%1 breve er sat i tilfældig rækkefølge og gemt i %2.</source>
      <translation>%1 letters were put in random order and saved in %2.</translation>
    </message>
    <message>
      <source>%1 breve venter stadig på at blive gennemgået.</source>
      <translation>%1 letters are still waiting to be reviewed.</translation>
    </message>
    <message>
      <source>Brevhæftet er gemt</source>
      <translation>Letter booklet saved</translation>
    </message>
  </context>
  <context>
    <name>BookletView</name>
    <message>
      <source>Brevhæfte til næste års nye studerende</source>
      <translation>Letter booklet for next year's new students</translation>
    </message>
    <message>
      <source>Mellemrum sætter eller fjerner fluebenet ved en session</source>
      <translation>Space ticks or unticks a session</translation>
    </message>
    <message>
      <source>Brevet</source>
      <translation>The letter</translation>
    </message>
    <message>
      <source>Markér tekst med Skift og piletasterne for at udelade den</source>
      <translation>Select text with Shift and the arrow keys to leave it out</translation>
    </message>
    <message>
      <source>Godkend</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>Skjul</source>
      <translation>Hide</translation>
    </message>
    <message>
      <source>Brevet kommer ikke med i hæftet</source>
      <translation>The letter is not included in the booklet</translation>
    </message>
    <message>
      <source>Udelad markeret tekst</source>
      <translation>Omit selected text</translation>
    </message>
    <message>
      <source>Fortryd udeladelser</source>
      <translation>Undo omissions</translation>
    </message>
    <message>
      <source>Breve til nye studerende</source>
      <translation>Letters to new students</translation>
    </message>
    <message>
      <source>Hæftets titel</source>
      <translation>The booklet's title</translation>
    </message>
    <message>
      <source>Lav brevhæfte (PDF) …</source>
      <translation>Make letter booklet (PDF) …</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Sessioner</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <source>Breve, der må deles</source>
      <translation>Letters that may be shared</translation>
    </message>
    <message>
      <source>Titel:</source>
      <translation>Title:</translation>
    </message>
  </context>
  <context>
    <name>ClassroomController</name>
    <message>
      <source>Siden til de studerende er slået fra i denne udgave.</source>
      <translation>The student page is switched off in this version.</translation>
    </message>
    <message>
      <source>Siden til de studerende startes …</source>
      <translation>Starting the student page …</translation>
    </message>
    <message>
      <source>Siden til de studerende kunne ikke startes: %1</source>
      <translation>The student page could not be started: %1</translation>
    </message>
    <message>
      <source>Starter siden til de studerende …</source>
      <translation>Starting the student page …</translation>
    </message>
  </context>
  <context>
    <name>ControlStrip</name>
    <message>
      <source>Styring</source>
      <extracomment>Pixels between the strip and the top of the screen. At the top, it hides neither the projector's calm timer line nor a video's subtitles, which are both at the bottom.</extracomment>
      <translation>Session bar</translation>
    </message>
    <message>
      <source>←</source>
      <translation>←</translation>
    </message>
    <message>
      <source>Forrige trin (←)</source>
      <translation>Previous step (←)</translation>
    </message>
    <message>
      <source>Forrige trin</source>
      <translation>Previous step</translation>
    </message>
    <message>
      <source>Næste →</source>
      <translation>Next →</translation>
    </message>
    <message>
      <source>Næste trin</source>
      <translation>Next step</translation>
    </message>
    <message>
      <source>QR-kode (J)</source>
      <translation>QR code (J)</translation>
    </message>
    <message>
      <source>Vis QR-kode og kode på lærredet</source>
      <translation>Show the QR code and code on the projector</translation>
    </message>
    <message>
      <source>Afslut</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Afslut session</source>
      <translation>End session</translation>
    </message>
    <message>
      <source>Til startskærmen</source>
      <translation>To the start screen</translation>
    </message>
    <message>
      <source>Fuldt vindue …</source>
      <translation>Full window …</translation>
    </message>
    <message>
      <source>Vis noterne og det fulde vindue: kun når klassen ikke kan se skærmen</source>
      <translation>Show the notes and the full window: only when the class cannot see the screen</translation>
    </message>
    <message>
      <source>Sessionen er afsluttet</source>
      <translation>The session has ended</translation>
    </message>
    <message>
      <source>Trin %1 af %2 · %3</source>
      <translation>Step %1 of %2 · %3</translation>
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
      <translation>Welcome</translation>
    </message>
    <message>
      <source>Sessionen er ikke startet: en afvigelse fra kittet kræver en begrundelse.</source>
      <translation>The session has not started: a departure from the kit needs a reason.</translation>
    </message>
    <message>
      <source>Dette er sidste trin. Afslut sessionen med knappen nederst.</source>
      <translation>This is the last step. End the session with the button at the bottom.</translation>
    </message>
    <message>
      <source>%1 studerende har skrevet uden at sende endnu. Går du videre nu, gemmes deres tekst som ikke sendt. Vil du gå videre nu? (Nej: vent lidt på dem.)</source>
      <translation>%1 students have written but not sent yet. If you move on now, their text is saved as not sent. Move on now? (No: wait a little for them.)</translation>
    </message>
    <message>
      <source>Nogle skriver stadig</source>
      <translation>Some are still writing</translation>
    </message>
    <message>
      <source>Note gemt kl. %1</source>
      <translation>Note saved at %1</translation>
    </message>
    <message>
      <source>Vil du afslutte sessionen nu?</source>
      <translation>End the session now?</translation>
    </message>
    <message>
      <source>%1 breve er ikke sendt. De gemmes som ikke sendt og tæller ikke som svar.</source>
      <translation>%1 letters have not been sent. They are saved as not sent and do not count as answers.</translation>
    </message>
    <message>
      <source>Afslut session</source>
      <translation>End session</translation>
    </message>
    <message>
      <source>Afsluttet før tid</source>
      <translation>Ended early</translation>
    </message>
    <message>
      <source>Sessionen slutter før sidste trin. Skriv kort hvorfor (til loggen):</source>
      <translation>The session is ending before the last step. Briefly note why (for the log):</translation>
    </message>
    <message>
      <source>Alle enheder starter forfra som nye, anonyme deltagere. Det, der allerede er sendt, er gemt. Vil du nulstille?</source>
      <translation>All devices start again as new, anonymous participants. What has already been sent is kept. Reset now?</translation>
    </message>
    <message>
      <source>Nulstil alle enheder</source>
      <translation>Reset all devices</translation>
    </message>
    <message>
      <source>Næste: %1/%2 · %3
%4</source>
      <translation>Next: %1/%2 · %3
%4</translation>
    </message>
    <message>
      <source>Dette er sidste trin.</source>
      <translation>This is the last step.</translation>
    </message>
    <message>
      <source>Skjul resultatet på lærredet (R)</source>
      <translation>Hide the result on the projector (R)</translation>
    </message>
    <message>
      <source>Vis resultatet på lærredet (R)</source>
      <translation>Show the result on the projector (R)</translation>
    </message>
    <message>
      <source>Resultatet kan vises, når %1 har svaret (%2 indtil nu)</source>
      <translation>The result can be shown once %1 have answered (%2 so far)</translation>
    </message>
    <message>
      <source>Det lykkedes ikke</source>
      <translation>That did not work</translation>
    </message>
  </context>
  <context>
    <name>CrashNotice</name>
    <message>
      <source>Uventet fejl</source>
      <translation>Unexpected error</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Ja</source>
      <extracomment>The words of Qt's standard buttons where ``qtbase_&lt;lang&gt;.qm`` does not exist (nb): ours, translated in our own catalogue (context ``Dialogs``).</extracomment>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Annuller</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Gem</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Åbn</source>
      <translation>Open</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Holdets kode »%1« kan ikke bruges. Brug 1–32 bogstaver, tal, mellemrum, punktum, bindestreg eller understreg.</source>
      <extracomment>code → (Danish source text, the params that fill %1, %2, …).</extracomment>
      <translation>The group code “%1” cannot be used. Use 1–32 letters, digits, spaces, full stops, hyphens or underscores.</translation>
    </message>
    <message>
      <source>Pakken findes ikke på sproget »%1«. Den har: %2.</source>
      <translation>The pack is not available in the language “%1”. It has: %2.</translation>
    </message>
    <message>
      <source>Skriv noget i noten først.</source>
      <translation>Write something in the note first.</translation>
    </message>
    <message>
      <source>En note kan højst have %1 tegn; denne har %2.</source>
      <translation>A note can have at most %1 characters; this one has %2.</translation>
    </message>
    <message>
      <source>Dette er sidste trin. Afslut sessionen med knappen nederst.</source>
      <translation>This is the last step. End the session with the button at the bottom.</translation>
    </message>
    <message>
      <source>Dette er første trin.</source>
      <translation>This is the first step.</translation>
    </message>
    <message>
      <source>Sessionen kører ikke længere, så det kan ikke gøres nu.</source>
      <translation>The session is no longer running, so that cannot be done now.</translation>
    </message>
    <message>
      <source>Sessionen er allerede startet.</source>
      <translation>The session has already started.</translation>
    </message>
    <message>
      <source>Sessionen er ikke afsluttet endnu.</source>
      <translation>The session has not ended yet.</translation>
    </message>
    <message>
      <source>Sessionen er eksporteret; dens noter kan ikke ændres.</source>
      <translation>The session has been exported; its notes cannot be changed.</translation>
    </message>
    <message>
      <source>Indholdspakken i %1 kan ikke bruges (%2 fejl). Kommandoen »belong-desktop packs validate« viser dem.</source>
      <translation>The content pack in %1 cannot be used (%2 errors). The command “belong-desktop packs validate” lists them.</translation>
    </message>
    <message>
      <source>Der blev valgt en mappe. Skriv et filnavn, og prøv igen.</source>
      <translation>A folder was chosen. Type a file name and try again.</translation>
    </message>
    <message>
      <source>Mappen findes ikke. Vælg en anden mappe, og prøv igen.</source>
      <translation>The folder does not exist. Choose another folder and try again.</translation>
    </message>
    <message>
      <source>Filen %1 kunne ikke skrives (er der plads, og må du skrive der?). Intet halvt skrevet er efterladt. Vælg et andet sted, og prøv igen.</source>
      <translation>The file %1 could not be written (is there space, and may you write there?). No half-written file was left behind. Choose another place and try again.</translation>
    </message>
    <message>
      <source>Skrifttypen %1 mangler, så dokumentet kan ikke laves. Installér belong-desktop igen.</source>
      <translation>The font %1 is missing, so the document cannot be made. Reinstall belong-desktop.</translation>
    </message>
    <message>
      <source>Indholdspakken »%1« findes ikke.</source>
      <translation>The content pack “%1” does not exist.</translation>
    </message>
    <message>
      <source>Sessionen blev kørt med pakken %1 %2, men %3 indeholder nu en anden udgave, så den kan ikke genoptages. Afslut den med »belong-desktop session end«.</source>
      <translation>The session was run with the pack %1 %2, but %3 now holds a different version, so it cannot be resumed. End it with “belong-desktop session end”.</translation>
    </message>
    <message>
      <source>Pakken %1, som sessionen blev kørt med, kan ikke længere indlæses fra %2, så sessionen kan ikke genoptages. Afslut den med »belong-desktop session end«.</source>
      <translation>The pack %1 that the session was run with can no longer be loaded from %2, so the session cannot be resumed. End it with “belong-desktop session end”.</translation>
    </message>
    <message>
      <source>Sessionen findes ikke længere.</source>
      <translation>The session no longer exists.</translation>
    </message>
    <message>
      <source>%1 er ikke en database fra belong-desktop, så programmet åbner den ikke, og filen er ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %2). Start derefter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en sikkerhedskopi af databasen tilbage.</source>
      <translation>%1 is not a belong-desktop database, so the program does not open it, and the file has not been changed. Do not delete it: keep a copy somewhere safe (e.g. %2). Then start with a new data folder (--data-dir or BELONG_DATA_DIR), or put a backup of the database back.</translation>
    </message>
    <message>
      <source>%1 er skrevet af en nyere udgave af belong-desktop. Opdatér programmet for at åbne den; filen er ikke ændret.</source>
      <translation>%1 was written by a newer version of belong-desktop. Update the program to open it; the file has not been changed.</translation>
    </message>
    <message>
      <source>Databasen kan ikke oprettes i %1.</source>
      <translation>The database cannot be created in %1.</translation>
    </message>
    <message>
      <source>Databasen %1 kan ikke opdateres til denne udgave. Filen er ikke ændret.</source>
      <translation>The database %1 cannot be updated to this version. The file has not been changed.</translation>
    </message>
    <message>
      <source>Disken med databasen (%1) er fuld, så det blev ikke gemt. Slet filer, du ikke skal bruge, og prøv igen. Alt, der er gemt før, er i orden, og de studerendes sider beholder deres tekst og prøver igen af sig selv.</source>
      <translation>The disk with the database (%1) is full, so this was not saved. Delete files you do not need and try again. Everything saved before is fine, and the students' pages keep their text and try again by themselves.</translation>
    </message>
    <message>
      <source>Databasen %1 kan ikke skrives lige nu, så det blev ikke gemt. Alt, der er gemt før, er i orden. Prøv igen; detaljerne står i logfilen.</source>
      <translation>The database %1 cannot be written to right now, so this was not saved. Everything saved before is fine. Try again; the details are in the log file.</translation>
    </message>
    <message>
      <source>Databasen %1 er beskadiget (%2), så programmet åbner den ikke, og filen er ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %3). Start derefter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en sikkerhedskopi af databasen tilbage.</source>
      <translation>The database %1 is damaged (%2), so the program does not open it, and the file has not been changed. Do not delete it: keep a copy somewhere safe (e.g. %3). Then start with a new data folder (--data-dir or BELONG_DATA_DIR), or put a backup of the database back.</translation>
    </message>
    <message>
      <source>Kopien %1 kunne ikke laves (måske er disken fuld, eller filen findes allerede). Den beskadigede fil er ikke ændret; kopiér den selv et sikkert sted hen.</source>
      <translation>The copy %1 could not be made (the disk may be full, or the file already exists). The damaged file has not been changed; copy it somewhere safe yourself.</translation>
    </message>
    <message>
      <source>Porten (%1) er optaget af et andet program. Vælg en anden port, eller lad den stå på automatisk.</source>
      <translation>The port (%1) is in use by another program. Choose another port, or leave it on automatic.</translation>
    </message>
    <message>
      <source>Siden kan ikke nås på %1. Vælg et andet netværk eller en anden port.</source>
      <translation>The page cannot be reached at %1. Choose another network or another port.</translation>
    </message>
    <message>
      <source>Siden kunne ikke startes. Detaljerne står i logfilen.</source>
      <translation>The page could not be started. The details are in the log file.</translation>
    </message>
    <message>
      <source>Videoerne kan ikke afspilles med %1 på denne computer. Fjern indstillingen BELONG_VIDEO_BACKEND, så vælger programmet selv, eller installér VLC.</source>
      <translation>The videos cannot be played with %1 on this computer. Remove the BELONG_VIDEO_BACKEND setting so that the program chooses by itself, or install VLC.</translation>
    </message>
    <message>
      <source>BELONG_VIDEO_BACKEND=%1 kendes ikke; brug vlc eller qt, eller fjern indstillingen.</source>
      <translation>BELONG_VIDEO_BACKEND=%1 is not known; use vlc or qt, or remove the setting.</translation>
    </message>
    <message>
      <source>Hastigheden skal være over 0 og højst 1.000.000.</source>
      <translation>The speed must be above 0 and at most 1,000,000.</translation>
    </message>
    <message>
      <source>Filen kan ikke bruges som kit fra ministeriet. Kittet, der er i brug, er uændret.</source>
      <translation>The file cannot be used as a kit from the ministry. The kit in use has not been changed.</translation>
    </message>
    <message>
      <source>Filen er ikke et kit fra ministeriet (den er ikke en kit-fil). Kittet, der er i brug, er uændret.</source>
      <translation>The file is not a kit from the ministry (it is not a kit file). The kit in use has not been changed.</translation>
    </message>
    <message>
      <source>Filen er ikke et kit til belong-desktop. Kittet, der er i brug, er uændret.</source>
      <translation>The file is not a kit for belong-desktop. The kit in use has not been changed.</translation>
    </message>
    <message>
      <source>Kittet er lavet til en nyere udgave af belong-desktop. Opdatér programmet, og indlæs kittet igen.</source>
      <translation>The kit was made for a newer version of belong-desktop. Update the program and load the kit again.</translation>
    </message>
    <message>
      <source>Kittet bruger en indholdspakke, som ikke findes på denne computer: %1. Tilføj pakken, og indlæs kittet igen.</source>
      <translation>The kit uses a content pack that is not on this computer: %1. Add the pack and load the kit again.</translation>
    </message>
    <message>
      <source>Ministeriets nøgle i kittet kan ikke bruges (en modtagernøgle begynder med age1). Bed ministeriet om kittet igen.</source>
      <translation>The ministry's key in the kit cannot be used (a recipient key begins with age1). Ask the ministry for the kit again.</translation>
    </message>
    <message>
      <source>Holdet »%1« står ikke i kittet %2. Vælg en pakke, og skriv hvorfor holdet er med.</source>
      <translation>The group “%1” is not in the kit %2. Choose a pack and write why the group is included.</translation>
    </message>
    <message>
      <source>Skriv en begrundelse på mindst %1 tegn, når du afviger fra kittet.</source>
      <translation>Write a reason of at least %1 characters when you depart from the kit.</translation>
    </message>
    <message>
      <source>Vælg en indholdspakke.</source>
      <translation>Choose a content pack.</translation>
    </message>
    <message>
      <source>Vælg mellem %1 og %2 enheder pr. session.</source>
      <translation>Choose between %1 and %2 devices per session.</translation>
    </message>
    <message>
      <source>Det valg findes ikke. Vælg et af dem, siden viser.</source>
      <translation>That choice does not exist. Choose one of those the page shows.</translation>
    </message>
    <message>
      <source>Vælg mellem 1 og 3650 dage, eller slå den automatiske sletning fra.</source>
      <translation>Choose between 1 and 3650 days, or switch off automatic deletion.</translation>
    </message>
    <message>
      <source>Vælg et af sprogene på listen (%1).</source>
      <translation>Choose one of the languages in the list (%1).</translation>
    </message>
    <message>
      <source>Det sprog findes ikke her: vælg dansk, engelsk, norsk eller nederlandsk.</source>
      <translation>That language is not available here: choose Danish, English, Norwegian or Dutch.</translation>
    </message>
    <message>
      <source>Beslutningen kunne ikke gemmes.</source>
      <translation>The decision could not be saved.</translation>
    </message>
    <message>
      <source>Teksterne kan gennemgås, når sessionen er afsluttet.</source>
      <translation>The texts can be reviewed once the session has ended.</translation>
    </message>
    <message>
      <source>Teksten findes ikke længere i sessionen.</source>
      <translation>The text is no longer in the session.</translation>
    </message>
    <message>
      <source>Teksten er ændret, siden den blev vist. Den vises igen, som den er nu.</source>
      <translation>The text has changed since it was shown. It is shown again as it is now.</translation>
    </message>
    <message>
      <source>Eksporten blev ikke gennemført. Intet er ændret.</source>
      <translation>The export was not completed. Nothing has been changed.</translation>
    </message>
    <message>
      <source>Kun en afsluttet session kan eksporteres. Afslut den først.</source>
      <translation>Only an ended session can be exported. End it first.</translation>
    </message>
    <message>
      <source>Der er intet kit fra ministeriet på denne computer, så filen kan ikke krypteres til ministeriet. Indlæs kittet under Indstillinger, og eksportér derefter.</source>
      <translation>There is no kit from the ministry on this computer, so the file cannot be encrypted for the ministry. Load the kit under Settings, then export.</translation>
    </message>
    <message>
      <source>%1 mulige personoplysninger er ikke gennemgået endnu. Gennemgå dem før eksporten.</source>
      <translation>%1 possible items of personal data have not been reviewed yet. Review them before the export.</translation>
    </message>
    <message>
      <source>Filen kunne ikke skrives i mappen %1 (er der plads, og må du skrive der?). Intet halvt skrevet er efterladt. Vælg en anden mappe, og prøv igen.</source>
      <translation>The file could not be written in the folder %1 (is there space, and may you write there?). No half-written file was left behind. Choose another folder and try again.</translation>
    </message>
    <message>
      <source>Teksterne kan først slettes, når sessionen er eksporteret.</source>
      <translation>The texts can only be deleted once the session has been exported.</translation>
    </message>
    <message>
      <source>Sessionen blev aldrig startet, så der er ikke noget at skrive en rapport om.</source>
      <translation>The session was never started, so there is nothing to report on.</translation>
    </message>
    <message>
      <source>Rapporten findes på dansk, engelsk, norsk og nederlandsk.</source>
      <translation>The report is available in Danish, English, Norwegian and Dutch.</translation>
    </message>
    <message>
      <source>Brevhæftet kunne ikke laves.</source>
      <translation>The letter booklet could not be made.</translation>
    </message>
    <message>
      <source>Vælg mindst én afsluttet session.</source>
      <translation>Choose at least one ended session.</translation>
    </message>
    <message>
      <source>Brevene kan først gennemgås, når sessionen er afsluttet.</source>
      <translation>The letters can only be reviewed once the session has ended.</translation>
    </message>
    <message>
      <source>Det er ikke et brev, som skribenten har sagt ja til at dele.</source>
      <translation>This is not a letter that its writer agreed to share.</translation>
    </message>
    <message>
      <source>Markér de ord i brevet, der skal udelades.</source>
      <translation>Select the words in the letter that should be omitted.</translation>
    </message>
    <message>
      <source>Intet brev er godkendt endnu, så der er intet at trykke. %1 breve venter på at blive gennemgået.</source>
      <translation>No letter has been approved yet, so there is nothing to print. %1 letters are waiting to be reviewed.</translation>
    </message>
    <message>
      <source>Sessionerne er kørt med forskellige pakker. Lav ét brevhæfte for hver pakke.</source>
      <translation>The sessions were run with different packs. Make one letter booklet for each pack.</translation>
    </message>
    <message>
      <source>Port %1 var optaget, så siden kører nu på port %2. Enheder, der allerede var med, skal scanne QR-koden igen.</source>
      <extracomment>What the class panel says about how the student page was served (JoinInfo.warning_code).</extracomment>
      <translation>Port %1 was in use, so the page now runs on port %2. Devices that had already joined must scan the QR code again.</translation>
    </message>
    <message>
      <source>Computeren er ikke på noget netværk: kun den selv kan åbne siden. Forbind til klassens trådløse net, og start sessionen igen.</source>
      <translation>The computer is not on any network: only the computer itself can open the page. Connect to the classroom's wireless network and start the session again.</translation>
    </message>
    <message>
      <source>Det lykkedes ikke (fejlkode %1). Alt, der er gemt, er i orden.</source>
      <translation>That did not work (error code %1). Everything saved is fine.</translation>
    </message>
    <message>
      <source>Der skete en uventet fejl. Sessionen og alt, hvad der er gemt, er i orden; du kan fortsætte. Detaljerne står i logfilen.</source>
      <translation>An unexpected error occurred. The session and everything saved are fine; you can carry on. The details are in the log file.</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <source>Intet kit fra ministeriet</source>
      <extracomment>True while the laptop's screen may be on the projector (one screen, mirrored).</extracomment>
      <translation>No kit from the ministry</translation>
    </message>
    <message>
      <source>Leder efter personoplysninger i teksterne …</source>
      <translation>Looking for personal data in the texts …</translation>
    </message>
    <message>
      <source>Eksporten venter. Det, du har besluttet i gennemgangen, er gemt; resten kan du gennemgå senere.</source>
      <translation>The export is waiting. What you decided in the review is saved; you can review the rest later.</translation>
    </message>
    <message>
      <source>Vælg mappen til eksporten</source>
      <translation>Choose the folder for the export</translation>
    </message>
    <message>
      <source>Eksporten er ikke lavet: der blev ikke valgt en mappe.</source>
      <translation>The export was not made: no folder was chosen.</translation>
    </message>
    <message>
      <source>Eksporterer og krypterer …</source>
      <translation>Exporting and encrypting …</translation>
    </message>
    <message>
      <source>Eksporteret: %1</source>
      <translation>Exported: %1</translation>
    </message>
    <message>
      <source>Slet elevernes tekster i denne session fra computeren nu? Eksportfilen, kvitteringen og sessionens log bliver. Det kan ikke fortrydes.</source>
      <translation>Delete the students' texts in this session from the computer now? The export file, the receipt and the session's log stay. This cannot be undone.</translation>
    </message>
    <message>
      <source>Eksporten er gemt.</source>
      <translation>The export is saved.</translation>
    </message>
    <message>
      <source>Slet tekster fra denne computer</source>
      <translation>Delete texts from this computer</translation>
    </message>
    <message>
      <source>Slet teksterne</source>
      <translation>Delete the texts</translation>
    </message>
    <message>
      <source>Sletter teksterne …</source>
      <translation>Deleting the texts …</translation>
    </message>
    <message>
      <source>Teksterne er slettet fra denne computer (%1 svar).</source>
      <translation>The texts have been deleted from this computer (%1 answers).</translation>
    </message>
    <message>
      <source>Teksterne blev ikke slettet</source>
      <translation>The texts were not deleted</translation>
    </message>
    <message>
      <source>Elevernes tekster er slettet fra %1 eksporterede sessioner, som indstillingen for sletning efter eksport siger.</source>
      <translation>The students' texts have been deleted from %1 exported sessions, as the setting for deletion after export says.</translation>
    </message>
    <message>
      <source>De gamle tekster kunne ikke slettes automatisk: %1</source>
      <translation>The old texts could not be deleted automatically: %1</translation>
    </message>
    <message>
      <source>Eksporten lykkedes ikke</source>
      <translation>The export did not work</translation>
    </message>
  </context>
  <context>
    <name>ExportResultDialog</name>
    <message>
      <source>Eksporteret</source>
      <translation>Exported</translation>
    </message>
    <message>
      <source>✓ Sessionen er eksporteret</source>
      <translation>✓ The session has been exported</translation>
    </message>
    <message>
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Mappe</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Krypteret til</source>
      <translation>Encrypted for</translation>
    </message>
    <message>
      <source>Indhold</source>
      <translation>Contents</translation>
    </message>
    <message>
      <source>Vis mappe</source>
      <translation>Show folder</translation>
    </message>
    <message>
      <source>Åbner mappen med den eksporterede fil</source>
      <translation>Opens the folder with the exported file</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>%1 enheder, %2 sendte tekster, %3 ikke sendt ved afslutningen</source>
      <translation>%1 devices, %2 texts sent, %3 not sent at the end</translation>
    </message>
    <message>
      <source>%1 svar i afstemningen, %2 noter i loggen</source>
      <translation>%1 poll answers, %2 notes in the log</translation>
    </message>
    <message>
      <source>%1 personoplysninger skjult</source>
      <translation>%1 items of personal data hidden</translation>
    </message>
    <message>
      <source>Filen er krypteret: kun ministeriet kan åbne den. Send den, som ministeriet har bedt om (fx via sikker upload).</source>
      <translation>The file is encrypted: only the ministry can open it. Send it as the ministry has asked (e.g. by secure upload).</translation>
    </message>
    <message>
      <source>Det er eksport nr. %1 af sessionen; ministeriet bruger den nyeste.</source>
      <translation>This is export no. %1 of the session; the ministry uses the latest.</translation>
    </message>
  </context>
  <context>
    <name>FacilitatorScript</name>
    <message>
      <source>Drejebog</source>
      <translation>Facilitator script</translation>
    </message>
    <message>
      <source>Drejebog for studievejlederen – timens plan trin for trin</source>
      <translation>Facilitator script for the student counsellor – the hour step by step</translation>
    </message>
    <message>
      <source>Indholdspakke</source>
      <translation>Content pack</translation>
    </message>
    <message>
      <source>{id}, version {version}</source>
      <translation>{id}, version {version}</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Planlagt varighed</source>
      <translation>Planned duration</translation>
    </message>
    <message>
      <source>{minutes} min i {steps} trin</source>
      <translation>{minutes} min in {steps} steps</translation>
    </message>
    <message>
      <source>Tekster, der ikke er sendt</source>
      <translation>Texts not sent</translation>
    </message>
    <message>
      <source>gemmes anonymt på computeren, mens de skriver</source>
      <translation>saved anonymously on the laptop as they write</translation>
    </message>
    <message>
      <source>bliver på de studerendes enheder, til de trykker Send</source>
      <translation>stay on the students' devices until they press Send</translation>
    </message>
    <message>
      <source>Husk</source>
      <translation>Remember</translation>
    </message>
    <message>
      <source>Kald ikke timen en intervention eller et trivselskursus, og sig ikke, at den skal hjælpe de studerende eller gøre noget for dem: vi vil gerne lære af studerendes erfaringer. Alt, de skriver, er anonymt, og ingen skal læse noget op.</source>
      <translation>Do not call the hour an intervention or a well-being course, and do not say it is meant to help the students or do something for them: we want to learn from students' experiences. Everything they write is anonymous, and nobody has to read anything aloud.</translation>
    </message>
    <message>
      <source>Timen på én side</source>
      <translation>The hour at a glance</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Min.</source>
      <translation>Min.</translation>
    </message>
    <message>
      <source>Klokken</source>
      <translation>Clock</translation>
    </message>
    <message>
      <source>I alt</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Klokken tæller fra timens start (0:00), når du starter sessionen.</source>
      <translation>The clock counts from the start of the hour (0:00), when you start the session.</translation>
    </message>
    <message>
      <source>Før timen</source>
      <translation>Before the class</translation>
    </message>
    <message>
      <source>Sæt kryds, når det er gjort. Kom gerne et kvarter før.</source>
      <translation>Tick each box when it is done. Come a quarter of an hour early if you can.</translation>
    </message>
    <message>
      <source>Lokalet: stole og borde, lys der kan dæmpes, og en plads til dig, hvor du kan se lærredet og din skærm.</source>
      <translation>The room: chairs and tables, lights that can be dimmed, and a place for you where you see both the screen and your laptop.</translation>
    </message>
    <message>
      <source>Projektoren: test den i spejlet og i udvidet tilstand, og se, at lærredsvinduet kommer op på det store lærred (F5 skifter fuld skærm).</source>
      <translation>The projector: test it in mirror and in extended mode, and check that the projector window comes up on the big screen (F5 toggles full screen).</translation>
    </message>
    <message>
      <source>Lyden: test den med den første video ({video}), så den kan høres bagerst i lokalet.</source>
      <translation>The sound: test it with the first video ({video}) so it can be heard at the back of the room.</translation>
    </message>
    <message>
      <source>Netværket: computeren på det netværk, de studerendes telefoner og computere bruger (lokalets trådløse net).</source>
      <translation>The network: the laptop on the network the students' phones and laptops use (the classroom's wireless network).</translation>
    </message>
    <message>
      <source>Adgangskoden: start programmet, åbn siden med QR-kode, adresse og kode (J), og prøv selv at komme ind med en telefon.</source>
      <translation>The join code: start the program, open the slide with the QR code, address and code (J), and try joining with a phone yourself.</translation>
    </message>
    <message>
      <source>Enhederne: de studerendes telefoner eller computere opladet – eller lokalets computere tændt og logget ind.</source>
      <translation>The devices: the students' phones or laptops charged – or the lab machines switched on and logged in.</translation>
    </message>
    <message>
      <source>Skrivningen: alle kan skrive på en telefon eller et tastatur; hav et par ekstra enheder eller papir parat til den, der mangler.</source>
      <translation>The writing: everyone can type on a phone or a keyboard; have a few spare devices or paper ready for anyone without.</translation>
    </message>
    <message>
      <source>Støtte: de lokale kontaktoplysninger, du vil nævne til sidst (studievejledning, Studenterrådgivningen).</source>
      <translation>Support: the local contact details you will mention at the end (study guidance, the Student Counselling Service).</translation>
    </message>
    <message>
      <source>Trin for trin</source>
      <translation>Step by step</translation>
    </message>
    <message>
      <source>{number}. {headline}</source>
      <translation>{number}. {headline}</translation>
    </message>
    <message>
      <source>{kind} · {minutes} min · klokken {clock} · trin-id {id}</source>
      <translation>{kind} · {minutes} min · clock {clock} · step id {id}</translation>
    </message>
    <message>
      <source>Sig og gør</source>
      <translation>Say and do</translation>
    </message>
    <message>
      <source>Lærredet viser</source>
      <translation>The projector shows</translation>
    </message>
    <message>
      <source>De studerendes skærme viser</source>
      <translation>The students' screens show</translation>
    </message>
    <message>
      <source>Video: {file}, med undertekster på {subtitle_language} ({subtitles}).</source>
      <translation>Video: {file}, with subtitles in {subtitle_language} ({subtitles}).</translation>
    </message>
    <message>
      <source>Video: {file}.</source>
      <translation>Video: {file}.</translation>
    </message>
    <message>
      <source>Svarmuligheder:</source>
      <translation>Answer options:</translation>
    </message>
    <message>
      <source>Resultatet kan vises på lærredet (R), når mindst {minimum} har svaret.</source>
      <translation>The result can be shown on the projector (R) once at least {minimum} have answered.</translation>
    </message>
    <message>
      <source>Skriveopgaven:</source>
      <translation>The writing prompt:</translation>
    </message>
    <message>
      <source>Under opgaven: et skrivefelt og knappen Send.</source>
      <translation>Below the prompt: a text field and the Send button.</translation>
    </message>
    <message>
      <source>Spørgsmålet under brevet (ja/nej): {question}</source>
      <translation>The question below the letter (yes/no): {question}</translation>
    </message>
    <message>
      <source>Besked</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Afstemning</source>
      <translation>Poll</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Reflection</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Afslutning</source>
      <translation>Closing</translation>
    </message>
    <message>
      <source>dansk</source>
      <translation>Danish</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>English</translation>
    </message>
    <message>
      <source>norsk</source>
      <translation>Norwegian</translation>
    </message>
    <message>
      <source>nederlandsk</source>
      <translation>Dutch</translation>
    </message>
  </context>
  <context>
    <name>HelpOverlay</name>
    <message>
      <source>Mellemrum / → / PageDown</source>
      <translation>Space / → / PageDown</translation>
    </message>
    <message>
      <source>Næste trin (på sort lærred eller QR-koden: vis trinnet)</source>
      <translation>Next step (on a black projector or the QR code: show the step)</translation>
    </message>
    <message>
      <source>← / PageUp</source>
      <translation>← / PageUp</translation>
    </message>
    <message>
      <source>Forrige trin</source>
      <translation>Previous step</translation>
    </message>
    <message>
      <source>Sort lærred / vis lærredet igen</source>
      <translation>Black projector / show the projector again</translation>
    </message>
    <message>
      <source>Vis resultatet af afstemningen (når nok har svaret)</source>
      <translation>Show the poll's result (once enough have answered)</translation>
    </message>
    <message>
      <source>Pause / afspil video</source>
      <translation>Pause / play video</translation>
    </message>
    <message>
      <source>Projektor i fuld skærm</source>
      <translation>Projector full screen</translation>
    </message>
    <message>
      <source>Forlad tekstfeltet / fuld skærm / luk denne hjælp</source>
      <translation>Leave the text field / full screen / close this overview</translation>
    </message>
    <message>
      <source>Skriv en note (Enter gemmer og går tilbage til sessionen)</source>
      <translation>Write a note (Enter saves and goes back to the session)</translation>
    </message>
    <message>
      <source>Vis titelbilledet på projektoren igen</source>
      <translation>Show the title slide on the projector again</translation>
    </message>
    <message>
      <source>Vis QR-kode og kode på projektoren / tilbage til trinnet</source>
      <translation>Show the QR code and code on the projector / back to the step</translation>
    </message>
    <message>
      <source>Til næste knap; Enter trykker på den</source>
      <translation>To the next button; Enter presses it</translation>
    </message>
    <message>
      <source>Vis / skjul genveje</source>
      <translation>Show / hide shortcuts</translation>
    </message>
    <message>
      <source>Tastaturgenveje</source>
      <translation>Keyboard shortcuts</translation>
    </message>
  </context>
  <context>
    <name>JoinPanel</name>
    <message>
      <source>Klassen</source>
      <translation>The class</translation>
    </message>
    <message>
      <source>Enheder: –</source>
      <translation>Devices: –</translation>
    </message>
    <message>
      <source>På dette trin: –</source>
      <translation>On this step: –</translation>
    </message>
    <message>
      <source>Svar: –</source>
      <translation>Answers: –</translation>
    </message>
    <message>
      <source>Nulstil alle enheder…</source>
      <translation>Reset all devices…</translation>
    </message>
    <message>
      <source>QR-kode til siden for de studerende</source>
      <translation>QR code for the students' page</translation>
    </message>
    <message>
      <source>Alle enheder starter forfra som nye deltagere; du bliver spurgt først</source>
      <translation>Every device starts over as a new participant; you are asked first</translation>
    </message>
    <message>
      <source>Vis adresse og kode nederst på lærredet</source>
      <translation>Show address and code at the bottom of the projector</translation>
    </message>
    <message>
      <source>Genvej: J</source>
      <translation>Shortcut: J</translation>
    </message>
    <message>
      <source>Siden til de studerende er ikke startet.</source>
      <translation>The student page has not started.</translation>
    </message>
    <message>
      <source>Kode: %1</source>
      <translation>Code: %1</translation>
    </message>
    <message>
      <source>Siden har travlt: %1 forbindelser blev afvist det sidste minut. Det retter sig som regel selv; bed eleverne vente et øjeblik og prøve igen.</source>
      <translation>The page is busy: %1 connections were turned away in the last minute. This usually sorts itself out; ask the students to wait a moment and try again.</translation>
    </message>
    <message>
      <source>Klassen er fuld: %1 enheder kunne ikke komme ind det sidste minut. Grænsen kan hæves under Indstillinger.</source>
      <translation>The class is full: %1 devices could not get in during the last minute. The limit can be raised under Settings.</translation>
    </message>
    <message>
      <source>Mange forkerte koder det sidste minut (%1). Den rigtige kode virker stadig.</source>
      <translation>Many wrong codes in the last minute (%1). The right code still works.</translation>
    </message>
    <message>
      <source>%1 svar kunne ikke gemmes det sidste minut: disken er måske fuld. Frigør plads på computeren; eleverne beholder deres tekst på skærmen.</source>
      <translation>%1 answers could not be saved in the last minute: the disk may be full. Free up space on the computer; the students keep their text on their screens.</translation>
    </message>
    <message>
      <source>Tilbage til trinnet på lærredet (J)</source>
      <translation>Back to the step on the projector (J)</translation>
    </message>
    <message>
      <source>Vis QR-kode og kode på lærredet (J)</source>
      <translation>Show QR code and code on the projector (J)</translation>
    </message>
    <message>
      <source>Enheder: %1</source>
      <translation>Devices: %1</translation>
    </message>
    <message>
      <source>På dette trin: %1</source>
      <translation>On this step: %1</translation>
    </message>
    <message>
      <source>%1: %2 sendt</source>
      <translation>%1: %2 sent</translation>
    </message>
    <message>
      <source> · %1 skriver</source>
      <translation> · %1 writing</translation>
    </message>
    <message>
      <source> · %1 ikke sendt</source>
      <translation> · %1 not sent</translation>
    </message>
  </context>
  <context>
    <name>KitCard</name>
    <message>
      <source>Ministeriets fingeraftryk</source>
      <extracomment>Institutions listed by name before the rest are counted as "and N more".</extracomment>
      <translation>The ministry's fingerprint</translation>
    </message>
    <message>
      <source>Læs fingeraftrykket op for ministeriet, og kontrollér at det er det samme, før første eksport.</source>
      <translation>Read the fingerprint aloud to the ministry and check that it matches before the first export.</translation>
    </message>
    <message>
      <source>Pakker</source>
      <translation>Packs</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Groups</translation>
    </message>
    <message>
      <source>Forsøg %1 · kittet er lavet %2</source>
      <translation>Trial %1 · kit made %2</translation>
    </message>
    <message>
      <source>findes ikke på denne computer</source>
      <translation>not on this computer</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>og %1 andre</source>
      <translation>and %1 more</translation>
    </message>
    <message>
      <source>%1 hold på én institution</source>
      <translation>%1 groups at one institution</translation>
    </message>
    <message>
      <source>%1 hold på %2 institutioner</source>
      <translation>%1 groups at %2 institutions</translation>
    </message>
  </context>
  <context>
    <name>MinistrySummary</name>
    <message>
      <source>Samlet opgørelse til ministeriet</source>
      <translation>Ministry summary</translation>
    </message>
    <message>
      <source>Sessioner, gennemførelse, deltagelse og svarlængder på tværs af institutioner og arme</source>
      <translation>Sessions, fidelity, participation and answer lengths across institutions and arms</translation>
    </message>
    <message>
      <source>Overblik</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>Forsøg</source>
      <translation>Trial</translation>
    </message>
    <message>
      <source>Periode (UTC)</source>
      <translation>Period (UTC)</translation>
    </message>
    <message>
      <source>Sessionsfiler flettet</source>
      <translation>Bundles merged</translation>
    </message>
    <message>
      <source>Sessioner</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <source>Institutioner</source>
      <translation>Institutions</translation>
    </message>
    <message>
      <source>App-versioner</source>
      <translation>App versions</translation>
    </message>
    <message>
      <source>Filformat</source>
      <translation>Bundle format</translation>
    </message>
    <message>
      <source>{format} version {version} (den eneste, fletningen læser)</source>
      <translation>{format} version {version} (the only one the merge reads)</translation>
    </message>
    <message>
      <source>Flettet</source>
      <translation>Merged</translation>
    </message>
    <message>
      <source>{when} med belong-desktop {version}</source>
      <translation>{when} with belong-desktop {version}</translation>
    </message>
    <message>
      <source>Mindste antal bag et tal</source>
      <translation>Smallest count behind a figure</translation>
    </message>
    <message>
      <source>Sådan læses opgørelsen</source>
      <translation>How to read this summary</translation>
    </message>
    <message>
      <source>Hver session er én klassetime med én studiegruppe; armen er den pakke, der blev kørt (indsats eller kontrol). Tallene kommer fra de flettede tabeller: sessioner og trin fra session- og steps-tabellerne, deltagelse fra eksportens egne tal (bundles-tabellen), svarlængder fra de sendte tekster. Medianen er den midterste værdi; kvartilerne afgrænser den midterste halvdel. Andele er af alle sessioner eller planlagte trin i cellen. Et tal, der bygger på færre end {minimum} sessioner (eller tekster), vises ikke; hvor tabellen har totaler, skjules også en anden celle i samme række eller kolonne, så det skjulte tal ikke kan regnes ud, og de samme celler skjules i alle tabeller. I diagrammerne står – for et tal, der ikke vises eller ikke findes. Ingen elevtekst er gengivet.</source>
      <translation>Each session is one class hour with one study group; the arm is the pack that was run (treatment or control). The figures come from the merged tables: sessions and steps from the session and steps tables, participation from the export's own counts (the bundles table), answer lengths from the texts sent. The median is the middle value; the quartiles bound the middle half. Shares are of all sessions or planned steps in the cell. A figure based on fewer than {minimum} sessions (or texts) is not shown; where a table has totals, a second cell in the same row or column is hidden too, so the hidden figure cannot be worked out, and the same cells are hidden in every table. In the charts, – stands for a figure that is not shown or does not exist. No student text is reproduced.</translation>
    </message>
    <message>
      <source>vises ikke (beskytter en lille celle)</source>
      <translation>not shown (protects a small cell)</translation>
    </message>
    <message>
      <source>Indsats</source>
      <translation>Treatment</translation>
    </message>
    <message>
      <source>Kontrol</source>
      <translation>Control</translation>
    </message>
    <message>
      <source>Arm</source>
      <translation>Arm</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>I alt</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>(ingen institution)</source>
      <translation>(no institution)</translation>
    </message>
    <message>
      <source>Alle institutioner</source>
      <translation>All institutions</translation>
    </message>
    <message>
      <source>1. Sessioner pr. institution og arm</source>
      <translation>1. Sessions by institution and arm</translation>
    </message>
    <message>
      <source>Antal gennemførte og eksporterede sessioner.</source>
      <translation>Sessions run and exported.</translation>
    </message>
    <message>
      <source>Sessioner pr. institution</source>
      <translation>Sessions by institution</translation>
    </message>
    <message>
      <source>2. Gennemførelse (fidelitet)</source>
      <translation>2. Fidelity</translation>
    </message>
    <message>
      <source>Varighed: minutter fra start til slut, og medianen af varighed delt med planens minutter. Trin vist: trin vist mindst én gang af planlagte trin. Videoer til ende: planlagte videotrin, hvis sidste visning kørte til ende. Med note om afvigelse: sessioner med mindst én note fra studievejlederen. Sluttet før tid: sessioner afsluttet før sidste trin.</source>
      <translation>Duration: minutes from start to end, and the median of duration divided by the plan's minutes. Steps shown: steps shown at least once of steps planned. Videos to the end: planned video steps whose last showing played to the end. With deviation note: sessions with at least one note by the counsellor. Ended early: sessions ended before the last step.</translation>
    </message>
    <message>
      <source>Gennemførelse pr. arm</source>
      <translation>Fidelity by arm</translation>
    </message>
    <message>
      <source>Varighed i forhold til planen pr. institution (median)</source>
      <translation>Duration against the plan by institution (median)</translation>
    </message>
    <message>
      <source>Minutter (median)</source>
      <translation>Minutes (median)</translation>
    </message>
    <message>
      <source>Planlagt (min.)</source>
      <translation>Planned (min)</translation>
    </message>
    <message>
      <source>Varighed af plan</source>
      <translation>Duration of plan</translation>
    </message>
    <message>
      <source>Trin vist</source>
      <translation>Steps shown</translation>
    </message>
    <message>
      <source>Videoer til ende</source>
      <translation>Videos to the end</translation>
    </message>
    <message>
      <source>Med note om afvigelse</source>
      <translation>With deviation note</translation>
    </message>
    <message>
      <source>Sluttet før tid</source>
      <translation>Ended early</translation>
    </message>
    <message>
      <source>3. Deltagelse</source>
      <translation>3. Participation</translation>
    </message>
    <message>
      <source>Enheder, der deltog, tekster sendt og kladder, der aldrig blev sendt, men var gemt, da trinnet lukkede: i alt og medianen pr. session.</source>
      <translation>Devices that joined, texts sent and drafts never sent but kept when their step closed: in total and the median per session.</translation>
    </message>
    <message>
      <source>Median pr. session</source>
      <translation>Median per session</translation>
    </message>
    <message>
      <source>Enheder</source>
      <translation>Devices</translation>
    </message>
    <message>
      <source>Tekster sendt</source>
      <translation>Texts sent</translation>
    </message>
    <message>
      <source>Kladder ved lukning</source>
      <translation>Drafts at close</translation>
    </message>
    <message>
      <source>{what}, i alt</source>
      <translation>{what}, total</translation>
    </message>
    <message>
      <source>{what}, median</source>
      <translation>{what}, median</translation>
    </message>
    <message>
      <source>4. Svarlængder</source>
      <translation>4. Answer lengths</translation>
    </message>
    <message>
      <source>Længden i tegn af de sendte refleksioner og breve (kun sendte tekster er svar; kladder tæller ikke). Fjernede personoplysninger tæller som deres pladsholder, fx [navn].</source>
      <translation>The length in characters of the reflections and letters sent (only texts sent are answers; drafts do not count). Redacted personal data counts as its placeholder, e.g. [navn].</translation>
    </message>
    <message>
      <source>{count} sessioner er udeladt her, fordi deres tekster var slettet før eksporten.</source>
      <translation>{count} sessions are left out here because their texts were deleted before the export.</translation>
    </message>
    <message>
      <source>Median i tegn</source>
      <translation>Median in characters</translation>
    </message>
    <message>
      <source>Skrivetrin</source>
      <translation>Writing step</translation>
    </message>
    <message>
      <source>Tekster</source>
      <translation>Texts</translation>
    </message>
    <message>
      <source>Nedre kvartil</source>
      <translation>Lower quartile</translation>
    </message>
    <message>
      <source>Median</source>
      <translation>Median</translation>
    </message>
    <message>
      <source>Øvre kvartil</source>
      <translation>Upper quartile</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Reflection</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Samlet opgørelse · {trial}</source>
      <translation>Ministry summary · {trial}</translation>
    </message>
  </context>
  <context>
    <name>PastSessions</name>
    <message>
      <source>Tidligere sessioner</source>
      <translation>Past sessions</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Pakke</source>
      <translation>Pack</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Startet</source>
      <translation>Started</translation>
    </message>
    <message>
      <source>Vælg en session med piletasterne; knapperne under tabellen gælder den</source>
      <translation>Choose a session with the arrow keys; the buttons below the table apply to it</translation>
    </message>
    <message>
      <source>Gennemse og eksportér …</source>
      <translation>Review and export …</translation>
    </message>
    <message>
      <source>Gennemse personoplysninger i teksterne, og eksportér sessionen krypteret</source>
      <translation>Review personal data in the texts, and export the session encrypted</translation>
    </message>
    <message>
      <source>Slet tekster …</source>
      <translation>Delete texts …</translation>
    </message>
    <message>
      <source>Slet de studerendes tekster fra denne computer efter eksporten</source>
      <translation>Delete the students' texts from this computer after the export</translation>
    </message>
    <message>
      <source>Rapport …</source>
      <translation>Report …</translation>
    </message>
    <message>
      <source>Gem en rapport over sessionen som PDF: plan og faktisk tid, deltagelse, noter</source>
      <translation>Save a report on the session as PDF: planned and actual time, participation, notes</translation>
    </message>
    <message>
      <source>Brevhæfte …</source>
      <translation>Letter booklet …</translation>
    </message>
    <message>
      <source>Gennemse de delte breve og lav et brevhæfte som PDF</source>
      <translation>Review the shared letters and make a letter booklet as a PDF</translation>
    </message>
    <message>
      <source>Vælg en afsluttet session for at gennemse og eksportere den til ministeriet.</source>
      <translation>Choose an ended session to review it and export it to the ministry.</translation>
    </message>
    <message>
      <source>Eksporteret %1</source>
      <translation>Exported %1</translation>
    </message>
    <message>
      <source>tekster slettet</source>
      <translation>texts deleted</translation>
    </message>
  </context>
  <context>
    <name>ProjectorPreview</name>
    <message>
      <source>Det, klassen ser på lærredet lige nu</source>
      <translation>What the class sees on the projector right now</translation>
    </message>
    <message>
      <source>På lærredet nu</source>
      <translation>On the projector now</translation>
    </message>
    <message>
      <source>▶ Video på lærredet</source>
      <translation>▶ Video on the projector</translation>
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
      <translation>Scan the QR code with your camera, or open</translation>
    </message>
    <message>
      <source>og skriv koden</source>
      <translation>and type the code</translation>
    </message>
    <message>
      <source>%1 svar</source>
      <translation>%1 answers</translation>
    </message>
    <message>
      <source>Svar på din egen skærm.</source>
      <translation>Answer on your own device.</translation>
    </message>
    <message>
      <source>%1 har svaret.</source>
      <translation>%1 have answered.</translation>
    </message>
    <message>
      <source>Videoen kan ikke vises lige nu</source>
      <translation>The video cannot be shown right now</translation>
    </message>
    <message>
      <source>Deltag: %1 · kode %2</source>
      <translation>Join: %1 · code %2</translation>
    </message>
    <message>
      <source>ca. %1 min</source>
      <translation>about %1 min</translation>
    </message>
    <message>
      <source>under et minut</source>
      <translation>under a minute</translation>
    </message>
    <message>
      <source>tiden er ved at være gået</source>
      <translation>time is nearly up</translation>
    </message>
  </context>
  <context>
    <name>ReportController</name>
    <message>
      <source>Gem sessionsrapporten</source>
      <extracomment>The report's language until the settings screen lets the counsellor choose (issue 14).</extracomment>
      <translation>Save the session report</translation>
    </message>
    <message>
      <source>PDF-dokumenter (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Rapporten er ikke lavet: der blev ikke valgt en fil.</source>
      <translation>The report was not made: no file was chosen.</translation>
    </message>
    <message>
      <source>Skriver sessionsrapporten …</source>
      <translation>Writing the session report …</translation>
    </message>
    <message>
      <source>Sessionsrapporten er gemt: %1</source>
      <translation>Session report saved: %1</translation>
    </message>
    <message>
      <source>Rapporten blev ikke lavet</source>
      <translation>The report was not made</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>Side {page} af {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
    <message>
      <source>–</source>
      <translation>–</translation>
    </message>
    <message>
      <source>færre end {minimum} – vises ikke</source>
      <translation>fewer than {minimum} – not shown</translation>
    </message>
    <message>
      <source>Lavet med belong-desktop {version}</source>
      <translation>Made with belong-desktop {version}</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source>Gennemse tekster før eksport</source>
      <translation>Review texts before export</translation>
    </message>
    <message>
      <source>S skjuler de markerede ord, B beholder dem, Esc afbryder</source>
      <translation>S hides the marked words, B keeps them, Esc cancels</translation>
    </message>
    <message>
      <source>%1 fra deltager %2</source>
      <translation>%1 from participant %2</translation>
    </message>
    <message>
      <source>ikke sendt</source>
      <translation>not sent</translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message>
      <source>Kan klassen se din skærm?</source>
      <extracomment>The flag being decided, and the other flags in the same text still to come.</extracomment>
      <translation>Can the class see your screen?</translation>
    </message>
    <message>
      <source>Det næste, du ser, er elevernes egne tekster. Din skærm vises måske på projektoren (én skærm eller spejling), og klassen må ikke se teksterne. Sluk projektoren, eller tag kablet ud, før du fortsætter.</source>
      <translation>What comes next is the students' own texts. Your screen may be on the projector (one screen or mirroring), and the class must not see the texts. Switch the projector off or unplug the cable before you continue.</translation>
    </message>
    <message>
      <source>Projektoren viser ikke min skærm – vis teksterne</source>
      <translation>The projector is not showing my screen – show the texts</translation>
    </message>
    <message>
      <source>Afbryd</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Personoplysninger før eksport</source>
      <translation>Personal data before export</translation>
    </message>
    <message>
      <source>Elevens tekst</source>
      <translation>The student's text</translation>
    </message>
    <message>
      <source>Gennemgået</source>
      <translation>Reviewed</translation>
    </message>
    <message>
      <source>Genvej: S. Ordene erstattes; det kan ikke fortrydes</source>
      <translation>Shortcut: S. The words are replaced; this cannot be undone</translation>
    </message>
    <message>
      <source>Behold</source>
      <translation>Keep</translation>
    </message>
    <message>
      <source>Genvej: B. Teksten bliver, som den er</source>
      <translation>Shortcut: B. The text stays as it is</translation>
    </message>
    <message>
      <source>Det, du har besluttet, er gemt</source>
      <translation>What you decided is saved</translation>
    </message>
    <message>
      <source>%1 af %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <source>%1: »%2«</source>
      <translation>%1: “%2”</translation>
    </message>
    <message>
      <source>Skjul (→ %1)</source>
      <translation>Hide (→ %1)</translation>
    </message>
    <message>
      <source>Skjul erstatter ordene med %1 i teksten på denne computer og i eksporten; det kan ikke fortrydes. Behold lader teksten stå, som eleven skrev den. Tasterne: S skjuler, B beholder, Esc afbryder (det besluttede er gemt).</source>
      <translation>Hide replaces the words with %1 in the text on this computer and in the export; it cannot be undone. Keep leaves the text as the student wrote it. Keys: S hides, B keeps, Esc cancels (what you have decided is saved).</translation>
    </message>
  </context>
  <context>
    <name>RunView</name>
    <message>
      <source>Trin</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Mål</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Brugt</source>
      <translation>Used</translation>
    </message>
    <message>
      <source>Lærredet er sort. Tryk B eller mellemrum for at vise det igen.</source>
      <translation>The projector is blacked out. Press B or Space to show it again.</translation>
    </message>
    <message>
      <source>← Forrige</source>
      <translation>← Previous</translation>
    </message>
    <message>
      <source>Næste →</source>
      <translation>Next →</translation>
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
      <translation>The hour's plan</translation>
    </message>
    <message>
      <source>Tid brugt i alt</source>
      <translation>Time used in all</translation>
    </message>
    <message>
      <source>Tid på dette trin / planlagt</source>
      <translation>Time on this step / planned</translation>
    </message>
    <message>
      <source>Noter til trinnet</source>
      <translation>Notes for the step</translation>
    </message>
    <message>
      <source>Forrige trin</source>
      <translation>Previous step</translation>
    </message>
    <message>
      <source>Genvej: venstre pil eller PageUp</source>
      <translation>Shortcut: left arrow or PageUp</translation>
    </message>
    <message>
      <source>Næste trin</source>
      <translation>Next step</translation>
    </message>
    <message>
      <source>Genvej: mellemrum, højre pil eller PageDown</source>
      <translation>Shortcut: space, right arrow or PageDown</translation>
    </message>
    <message>
      <source>Genvej: R. Resultatet vises først, når nok har svaret.</source>
      <translation>Shortcut: R. The result is shown only once enough have answered.</translation>
    </message>
    <message>
      <source>Pause eller afspil videoen</source>
      <translation>Pause or play the video</translation>
    </message>
    <message>
      <source>Forfra</source>
      <translation>Restart</translation>
    </message>
    <message>
      <source>Afspil videoen forfra</source>
      <translation>Play the video from the start</translation>
    </message>
    <message>
      <source>Videoens position</source>
      <translation>The video's position</translation>
    </message>
    <message>
      <source>Note om afvigelser (Ctrl+N)</source>
      <translation>Deviation note (Ctrl+N)</translation>
    </message>
    <message>
      <source>Note om afvigelser</source>
      <translation>Deviation note</translation>
    </message>
    <message>
      <source>Enter gemmer noten i loggen; Esc går tilbage til sessionen</source>
      <translation>Enter saves the note in the log; Esc goes back to the session</translation>
    </message>
    <message>
      <source>Tilføj note</source>
      <translation>Add note</translation>
    </message>
    <message>
      <source>Afslut session</source>
      <translation>End session</translation>
    </message>
    <message>
      <source>Afslutter sessionen for hele klassen; du bliver spurgt først</source>
      <translation>Ends the session for the whole class; you are asked first</translation>
    </message>
    <message>
      <source>Projektor fuld skærm (F5)</source>
      <translation>Projector full screen (F5)</translation>
    </message>
    <message>
      <source>Genveje (F1)</source>
      <translation>Shortcuts (F1)</translation>
    </message>
    <message>
      <source>af %1 min planlagt</source>
      <translation>of %1 min planned</translation>
    </message>
  </context>
  <context>
    <name>ScreenBadge</name>
    <message>
      <source>Klassevisning</source>
      <translation>Class view</translation>
    </message>
    <message>
      <source>Skjul noter og pakke: klassen kan se skærmen</source>
      <translation>Hide notes and pack: the class can see the screen</translation>
    </message>
  </context>
  <context>
    <name>ScreenLayout</name>
    <message>
      <source>Vis det fulde vindue</source>
      <translation>Show the full window</translation>
    </message>
    <message>
      <source>Noter, pakke og alt andet i vinduet bliver synligt på denne skærm. Gør det kun, når klassen ikke kan se skærmen, fx når du forbereder dig. Vis det fulde vindue?</source>
      <translation>Notes, pack and everything else in the window become visible on this screen. Do this only when the class cannot see the screen, e.g. while you prepare. Show the full window?</translation>
    </message>
    <message>
      <source>Sessionen vises på projektoren</source>
      <translation>The session is on the projector</translation>
    </message>
    <message>
      <source>Styr timen med bjælken øverst eller med tasterne: mellemrum eller → frem, ← tilbage, J for QR-koden.</source>
      <translation>Run the session with the bar at the top or with the keys: Space or → forward, ← back, J for the QR code.</translation>
    </message>
    <message>
      <source>Sessionen er afsluttet</source>
      <translation>The session has ended</translation>
    </message>
    <message>
      <source>Afslutningen vises stadig. »Til startskærmen« i bjælken fører tilbage.</source>
      <translation>The closing is still showing. “To the start screen” in the bar takes you back.</translation>
    </message>
    <message>
      <source>To skærme: klassen ser projektoren på »%1«, og noterne bliver på din skærm.</source>
      <translation>Two screens: the class sees the projector on “%1”, and the notes stay on your screen.</translation>
    </message>
    <message>
      <source>Spejlet skærm: klassen ser det samme som dig. Derfor vises hverken noter eller pakke her, og under sessionen styrer du fra en lille bjælke.</source>
      <translation>Mirrored screen: the class sees the same as you. So neither notes nor pack are shown here, and during the session you run it from a small bar.</translation>
    </message>
    <message>
      <source>Én skærm: vises den på lærredet, ser klassen det samme som dig. Derfor vises hverken noter eller pakke her, og under sessionen styrer du fra en lille bjælke.</source>
      <translation>One screen: if it is on the projector, the class sees the same as you. So neither notes nor pack are shown here, and during the session you run it from a small bar.</translation>
    </message>
    <message>
      <source>To skærme · projektor: %1</source>
      <translation>Two screens · projector: %1</translation>
    </message>
    <message>
      <source>Privat visning: klassen må ikke kunne se denne skærm</source>
      <translation>Private view: the class must not be able to see this screen</translation>
    </message>
    <message>
      <source>Projektoren er fundet på »%1«. Den viser kun klassens billede; noterne er tilbage på din skærm.</source>
      <translation>The projector was found on “%1”. It shows only what the class sees; the notes are back on your screen.</translation>
    </message>
    <message>
      <source>Skærmen spejles nu. Klassevisning er slået til: noter og pakke er skjult, og timen fortsætter.</source>
      <translation>The screen is now mirrored. Class view is on: notes and pack are hidden, and the session continues.</translation>
    </message>
    <message>
      <source>Der er nu kun én skærm. Klassevisning er slået til: noter og pakke er skjult, og timen fortsætter.</source>
      <translation>There is now only one screen. Class view is on: notes and pack are hidden, and the session continues.</translation>
    </message>
    <message>
      <source>Sessionen kunne ikke startes. Forklaringen står i det fulde vindue; åbn det, når klassen ikke ser med.</source>
      <translation>The session could not be started. The explanation is in the full window; open it when the class is not watching.</translation>
    </message>
    <message>
      <source>Sessionen kunne ikke genoptages. Forklaringen står i det fulde vindue; åbn det, når klassen ikke ser med.</source>
      <translation>The session could not be resumed. The explanation is in the full window; open it when the class is not watching.</translation>
    </message>
  </context>
  <context>
    <name>ScriptController</name>
    <message>
      <source>Gem drejebogen</source>
      <translation>Save facilitator script</translation>
    </message>
    <message>
      <source>Laver drejebogen …</source>
      <translation>Making the facilitator script …</translation>
    </message>
    <message>
      <source>Drejebogen er gemt: %1</source>
      <translation>Facilitator script saved: %1</translation>
    </message>
    <message>
      <source>Drejebogen blev ikke gemt</source>
      <translation>The facilitator script was not saved</translation>
    </message>
  </context>
  <context>
    <name>SessionClock</name>
    <message>
      <source>Planen når over %1 minutter: ca. %2 min i alt. Overvej at korte af.</source>
      <extracomment>Steps where the class works on its own devices and sees how long it has.</extracomment>
      <translation>The plan runs over %1 minutes: about %2 min in total. Consider shortening it.</translation>
    </message>
  </context>
  <context>
    <name>SessionReport</name>
    <message>
      <source>Sessionsrapport</source>
      <extracomment>The languages the report's own words are written in.</extracomment>
      <translation>Session report</translation>
    </message>
    <message>
      <source>Plan og forløb for én session. Rapporten indeholder ingen elevtekster.</source>
      <translation>Plan and course of one session. The report holds no student text.</translation>
    </message>
    <message>
      <source>Rapporten indeholder ingen tekster, som elever har skrevet.</source>
      <translation>This report holds no text written by students.</translation>
    </message>
    <message>
      <source>Pakke</source>
      <translation>Pack</translation>
    </message>
    <message>
      <source>version {version}</source>
      <translation>version {version}</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Start og slut</source>
      <translation>Start and end</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Enheder med</source>
      <translation>Devices joined</translation>
    </message>
    <message>
      <source>%d.%m.%Y</source>
      <translation>%Y-%m-%d</translation>
    </message>
    <message>
      <source>dansk</source>
      <translation>Danish</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>English</translation>
    </message>
    <message>
      <source>norsk</source>
      <translation>Norwegian</translation>
    </message>
    <message>
      <source>nederlandsk</source>
      <translation>Dutch</translation>
    </message>
    <message>
      <source>Sessionen er ikke afsluttet; tiderne gælder indtil nu.</source>
      <translation>The session has not ended; the times run until now.</translation>
    </message>
    <message>
      <source>Sessionen blev afsluttet før sidste trin: {count} trin blev ikke nået.</source>
      <translation>The session was ended before the last step: {count} step(s) were not reached.</translation>
    </message>
    <message>
      <source>{count} trin er ikke nået endnu.</source>
      <translation>{count} step(s) not reached yet.</translation>
    </message>
    <message>
      <source>Alle trin blev vist.</source>
      <translation>Every step was shown.</translation>
    </message>
    <message>
      <source>Tid pr. trin: plan og faktisk</source>
      <translation>Time per step: plan and actual</translation>
    </message>
    <message>
      <source>Minutter pr. trin. Samme tal står i tabellen nedenfor.</source>
      <translation>Minutes per step. The table below holds the same figures.</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Faktisk</source>
      <translation>Actual</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Plan (min)</source>
      <translation>Planned (min)</translation>
    </message>
    <message>
      <source>Faktisk (min)</source>
      <translation>Actual (min)</translation>
    </message>
    <message>
      <source>Forskel (min)</source>
      <translation>Difference (min)</translation>
    </message>
    <message>
      <source>ikke nået</source>
      <translation>not reached</translation>
    </message>
    <message>
      <source>I alt</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Faktisk i alt er tiden fra start til slut; trinenes tider kan give lidt mindre (skift mellem trin) eller mere (trin vist flere gange).</source>
      <translation>Actual in total is the time from start to end; the steps' times may add up to a little less (moving between steps) or more (steps shown again).</translation>
    </message>
    <message>
      <source>Deltagelse</source>
      <translation>Participation</translation>
    </message>
    <message>
      <source>{devices} enheder var med (en enhed, hvis elevside blev åbnet).</source>
      <translation>{devices} devices joined (a device whose student page opened).</translation>
    </message>
    <message>
      <source>Tekster sendt</source>
      <translation>Texts sent</translation>
    </message>
    <message>
      <source>Kladder ved lukning</source>
      <translation>Drafts at close</translation>
    </message>
    <message>
      <source>Ikke sendt, trin åbent</source>
      <translation>Unsent, step open</translation>
    </message>
    <message>
      <source>Pakken har ingen skrivetrin.</source>
      <translation>The pack has no writing step.</translation>
    </message>
    <message>
      <source>Afstemninger</source>
      <translation>Polls</translation>
    </message>
    <message>
      <source>Svarmulighed</source>
      <translation>Option</translation>
    </message>
    <message>
      <source>Svar</source>
      <translation>Answers</translation>
    </message>
    <message>
      <source>Andel</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>{count} svar i alt.</source>
      <translation>{count} answers in total.</translation>
    </message>
    <message>
      <source>Resultater vises kun fra {minimum} svar, som på projektoren.</source>
      <translation>Results are shown only from {minimum} answers, as on the projector.</translation>
    </message>
    <message>
      <source>Videoer</source>
      <translation>Videos</translation>
    </message>
    <message>
      <source>Vist til ende</source>
      <translation>Played to the end</translation>
    </message>
    <message>
      <source>Længst til</source>
      <translation>Furthest point</translation>
    </message>
    <message>
      <source>Visninger</source>
      <translation>Showings</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>nej</source>
      <translation>no</translation>
    </message>
    <message>
      <source>ikke logget</source>
      <translation>not logged</translation>
    </message>
    <message>
      <source>Pakken har ingen videoer.</source>
      <translation>The pack has no videos.</translation>
    </message>
    <message>
      <source>Noter om afvigelser</source>
      <translation>Deviation notes</translation>
    </message>
    <message>
      <source>Der er ingen noter.</source>
      <translation>There are no notes.</translation>
    </message>
    <message>
      <source>afvigelse</source>
      <translation>deviation</translation>
    </message>
    <message>
      <source>valg af pakke eller hold</source>
      <translation>choice of pack or group</translation>
    </message>
    <message>
      <source>skrevet af programmet</source>
      <translation>written by the app</translation>
    </message>
    <message>
      <source>før start</source>
      <translation>before the start</translation>
    </message>
    <message>
      <source>trin {number}</source>
      <translation>step {number}</translation>
    </message>
    <message>
      <source>Eksport</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Sessionen er ikke eksporteret til ministeriet endnu.</source>
      <translation>The session has not been exported to the ministry yet.</translation>
    </message>
    <message>
      <source>Eksporteret til ministeriet {count} gang(e), senest {when}.</source>
      <translation>Exported to the ministry {count} time(s), last on {when}.</translation>
    </message>
    <message>
      <source>Elevernes tekster blev slettet fra computeren {when}.</source>
      <translation>The students' texts were deleted from the laptop on {when}.</translation>
    </message>
    <message>
      <source>Besked</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Afstemning</source>
      <translation>Poll</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Reflection</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Afslutning</source>
      <translation>Closing</translation>
    </message>
  </context>
  <context>
    <name>SettingsController</name>
    <message>
      <source>Vælg kittet fra ministeriet</source>
      <translation>Choose the kit from the ministry</translation>
    </message>
    <message>
      <source>Kit fra ministeriet (*.json *.kit);;Alle filer (*)</source>
      <translation>Kit from the ministry (*.json *.kit);;All files (*)</translation>
    </message>
    <message>
      <source>Kittet %1 er indlæst. Husk at læse fingeraftrykket op for ministeriet.</source>
      <translation>The kit %1 is loaded. Remember to read the fingerprint aloud to the ministry.</translation>
    </message>
    <message>
      <source>Fjern kittet %1? Nye sessioner får så ikke deres pakke fra kittet, og sessioner kan ikke eksporteres, før et kit er indlæst igen. Sessionerne, der allerede er kørt, beholder deres oplysninger.</source>
      <translation>Remove the kit %1? New sessions will then not get their pack from the kit, and sessions cannot be exported until a kit is loaded again. Sessions already run keep their details.</translation>
    </message>
    <message>
      <source>Fjern kit</source>
      <translation>Remove kit</translation>
    </message>
    <message>
      <source>Kittet er fjernet.</source>
      <translation>The kit has been removed.</translation>
    </message>
    <message>
      <source>Gemt: teksterne slettes fra denne computer %1 dage efter eksporten.</source>
      <translation>Saved: the texts are deleted from this computer %1 days after the export.</translation>
    </message>
    <message>
      <source>Gemt: teksterne bliver, til du sletter dem.</source>
      <translation>Saved: the texts stay until you delete them.</translation>
    </message>
    <message>
      <source>Gemt: højst %1 enheder pr. session, fra næste gang siden til de studerende startes.</source>
      <translation>Saved: at most %1 devices per session, from the next time the student page starts.</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Indstillinger</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Tilbage til startskærmen</source>
      <translation>Back to the start screen</translation>
    </message>
    <message>
      <source>Kit fra ministeriet</source>
      <translation>Kit from the ministry</translation>
    </message>
    <message>
      <source>Intet kit indlæst. Uden kit vælger du selv pakken til hvert hold, og sessioner kan ikke eksporteres til ministeriet. Kittet er en fil, du får fra ministeriet.</source>
      <translation>No kit loaded. Without a kit you choose the pack for each group yourself, and sessions cannot be exported to the ministry. The kit is a file you get from the ministry.</translation>
    </message>
    <message>
      <source>Kittet er i brug: holdenes pakke følger kittet, og eksporten krypteres til ministeriet.</source>
      <translation>The kit is in use: each group's pack follows the kit, and the export is encrypted for the ministry.</translation>
    </message>
    <message>
      <source>Indlæs kit …</source>
      <translation>Load kit …</translation>
    </message>
    <message>
      <source>Fjern kit</source>
      <translation>Remove kit</translation>
    </message>
    <message>
      <source>Importér</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Annuller</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Elevernes tekster efter eksport</source>
      <translation>Students' texts after export</translation>
    </message>
    <message>
      <source>Behold dem, til jeg sletter dem</source>
      <translation>Keep them until I delete them</translation>
    </message>
    <message>
      <source>Slet dem automatisk</source>
      <translation>Delete them automatically</translation>
    </message>
    <message>
      <source> dage efter eksport</source>
      <translation> days after export</translation>
    </message>
    <message>
      <source>Dage efter eksport, før teksterne slettes</source>
      <translation>Days after export before the texts are deleted</translation>
    </message>
    <message>
      <source>Sletningen sker, når programmet starter. Kvitteringen for eksporten og sessionens log bliver; kun elevernes tekster fjernes fra denne computer.</source>
      <translation>Deletion happens when the program starts. The export receipt and the session's log stay; only the students' texts are removed from this computer.</translation>
    </message>
    <message>
      <source>Enheder pr. session</source>
      <translation>Devices per session</translation>
    </message>
    <message>
      <source>Højst antal enheder pr. session</source>
      <translation>Maximum number of devices per session</translation>
    </message>
    <message>
      <source>Enter gemmer tallet</source>
      <translation>Enter saves the number</translation>
    </message>
    <message>
      <source>Højst</source>
      <translation>At most</translation>
    </message>
    <message>
      <source>enheder (%1–%2)</source>
      <translation>devices (%1–%2)</translation>
    </message>
    <message>
      <source>Så mange enheder kan deltage i én session; flere får at vide, at der ikke er plads. 500 passer til en klasse; hæv tallet til et auditorium. Ændringen gælder, næste gang siden til de studerende startes.</source>
      <translation>This many devices can join one session; any more are told there is no room. 500 suits a class; raise the number for a lecture hall. The change applies the next time the student page starts.</translation>
    </message>
    <message>
      <source>Eksportmappe</source>
      <translation>Export folder</translation>
    </message>
    <message>
      <source>Eksporterede filer lægges her, medmindre du vælger en anden mappe ved eksporten. Filerne er krypterede: kun ministeriet kan åbne dem.</source>
      <translation>Exported files are placed here unless you choose another folder when exporting. The files are encrypted: only the ministry can open them.</translation>
    </message>
    <message>
      <source>Indlæs et andet kit …</source>
      <translation>Load another kit …</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Vinduernes sprog</source>
      <translation>The windows' language</translation>
    </message>
    <message>
      <source>Skifter sproget i programmets vinduer med det samme</source>
      <translation>Changes the language of the program's windows at once</translation>
    </message>
    <message>
      <source>Gælder programmets vinduer. Sproget, klassen ser, vælger du for hver session på startskærmen.</source>
      <translation>Applies to the program's windows. The language the class sees is chosen for each session on the start screen.</translation>
    </message>
    <message>
      <source>Gemt: vinduerne vises nu på %1.</source>
      <translation>Saved: the windows are now shown in %1.</translation>
    </message>
    <message>
      <source>Kittet i filen »%1« (ikke indlæst endnu; det afløser kittet i brug)</source>
      <translation>The kit in the file “%1” (not loaded yet; it replaces the kit in use)</translation>
    </message>
    <message>
      <source>Kittet i filen »%1« (ikke indlæst endnu)</source>
      <translation>The kit in the file “%1” (not loaded yet)</translation>
    </message>
    <message>
      <source>Send denne liste til ministeriet (den er på engelsk):</source>
      <translation>Send this list to the ministry:</translation>
    </message>
  </context>
  <context>
    <name>SharedCover</name>
    <message>
      <source>Klar</source>
      <translation>Ready</translation>
    </message>
    <message>
      <source>fx DAT1-A</source>
      <translation>e.g. DAT1-A</translation>
    </message>
    <message>
      <source>pakkens navn</source>
      <translation>pack name</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Start session</translation>
    </message>
    <message>
      <source>Skriv pakkens navn, som du har fået det oplyst. Det vises ikke her, fordi klassen kan se skærmen.</source>
      <translation>Type the pack name as it was given to you. It is not shown here because the class can see the screen.</translation>
    </message>
    <message>
      <source>Holdets kode</source>
      <translation>Group code</translation>
    </message>
    <message>
      <source>Indholdspakke</source>
      <translation>Content pack</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Pakkens navn skrives skjult, fordi klassen kan se skærmen</source>
      <translation>The pack's name is typed hidden, because the class can see the screen</translation>
    </message>
    <message>
      <source>Genoptag</source>
      <translation>Resume</translation>
    </message>
    <message>
      <source>Vis det fulde vindue …</source>
      <translation>Show the full window …</translation>
    </message>
    <message>
      <source>Kun når klassen ikke kan se skærmen, fx når du forbereder dig</source>
      <translation>Only when the class cannot see the screen, e.g. while you prepare</translation>
    </message>
    <message>
      <source>Afbrudte sessioner</source>
      <translation>Interrupted sessions</translation>
    </message>
    <message>
      <source>Ny session</source>
      <translation>New session</translation>
    </message>
    <message>
      <source>den eneste pakke er valgt</source>
      <translation>the only pack is selected</translation>
    </message>
    <message>
      <source>Med kittet følger pakken holdet: skriv kun holdets kode. Skriv et pakkenavn her, kun hvis du vil afvige fra kittet.</source>
      <translation>With the kit, the pack follows the group: type only the group code. Type a pack name here only if you want to depart from the kit.</translation>
    </message>
    <message>
      <source>%1 · %2, trin %3</source>
      <translation>%1 · %2, step %3</translation>
    </message>
    <message>
      <source>Ingen pakke med det navn</source>
      <translation>No pack with that name</translation>
    </message>
    <message>
      <source>✓ Pakken er fundet</source>
      <translation>✓ Pack found</translation>
    </message>
    <message>
      <source>Der er ingen indholdspakke at vælge.</source>
      <translation>There is no content pack to choose.</translation>
    </message>
    <message>
      <source>Holdet står ikke i kittet. Skriv pakkens navn for at køre det alligevel; du bliver bedt om en begrundelse.</source>
      <translation>The group is not in the kit. Type the pack name to run it anyway; you will be asked for a reason.</translation>
    </message>
    <message>
      <source>Skriv pakkens navn.</source>
      <translation>Type the pack name.</translation>
    </message>
    <message>
      <source>Der er ingen pakke med det navn. Tjek stavningen.</source>
      <translation>There is no pack with that name. Check the spelling.</translation>
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <source>Ny session</source>
      <translation>New session</translation>
    </message>
    <message>
      <source>fx DAT1-A</source>
      <translation>e.g. DAT1-A</translation>
    </message>
    <message>
      <source>Kittets hold ▾</source>
      <translation>Kit groups ▾</translation>
    </message>
    <message>
      <source>Vis alle hold i kittet</source>
      <translation>Show all groups in the kit</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Start session</translation>
    </message>
    <message>
      <source>Udskriv drejebog …</source>
      <translation>Print script …</translation>
    </message>
    <message>
      <source>Gem timens plan for den valgte pakke og det valgte sprog som PDF</source>
      <translation>Save the hour's plan for the chosen pack and language as a PDF</translation>
    </message>
    <message>
      <source>Holdets kode</source>
      <translation>Group code</translation>
    </message>
    <message>
      <source>Indholdspakke</source>
      <translation>Content pack</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>automatisk</source>
      <translation>automatic</translation>
    </message>
    <message>
      <source>Netværk til de studerendes side</source>
      <translation>Network for the student page</translation>
    </message>
    <message>
      <source>Starter sessionen for holdet med den valgte pakke og det valgte sprog</source>
      <translation>Starts the session for the group with the chosen pack and language</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Sproget, klassen ser sessionen på (lærredet og de studerendes side)</source>
      <translation>The language the class sees the session in (the projector and the students' page)</translation>
    </message>
    <message>
      <source>Automatisk: den port, sessionen brugte sidst, ellers 8470</source>
      <translation>Automatic: the port the session used last, otherwise 8470</translation>
    </message>
    <message>
      <source>Genoptag</source>
      <translation>Resume</translation>
    </message>
    <message>
      <source>Afbrudte sessioner</source>
      <translation>Interrupted sessions</translation>
    </message>
    <message>
      <source>Lærredet viser stadig afslutningen fra sidste session.</source>
      <translation>The projector still shows the closing from the last session.</translation>
    </message>
    <message>
      <source>Tag den ned fra lærredet</source>
      <translation>Take it off the projector</translation>
    </message>
    <message>
      <source>Indstillinger …</source>
      <translation>Settings …</translation>
    </message>
    <message>
      <source>Åbner databasen og indholdspakkerne …</source>
      <translation>Opening the database and the content packs …</translation>
    </message>
    <message>
      <source>Intet kit indlæst: du vælger pakken; valget logges.</source>
      <translation>No kit loaded: you choose the pack; the choice is logged.</translation>
    </message>
    <message>
      <source>Kit %1: Pakken følger holdets gruppe i kittet. Vælger du en anden pakke eller et hold uden for kittet, skal du skrive hvorfor.</source>
      <translation>Kit %1: the pack follows the group's assignment in the kit. If you choose another pack or a group outside the kit, you must write why.</translation>
    </message>
    <message>
      <source>%1 · %2 · %3, trin %4</source>
      <translation>%1 · %2 · %3, step %4</translation>
    </message>
    <message>
      <source>Alle netværk</source>
      <translation>All networks</translation>
    </message>
    <message>
      <source>%1 står ikke i kittet: du vælger pakken og skriver hvorfor.</source>
      <translation>%1 is not in the kit: you choose the pack and write why.</translation>
    </message>
    <message>
      <source>I kittet: %1</source>
      <translation>In the kit: %1</translation>
    </message>
    <message>
      <source>Der er ingen indholdspakke at vælge.</source>
      <translation>There is no content pack to choose.</translation>
    </message>
  </context>
  <context>
    <name>StudentPage</name>
    <message>
      <source>Holdsession</source>
      <translation>Class session</translation>
    </message>
    <message>
      <source>Deltag i sessionen</source>
      <translation>Join the session</translation>
    </message>
    <message>
      <source>Skriv koden, der står på lærredet. Du skal ikke oplyse dit navn.</source>
      <translation>Type the code shown on the screen. You will not be asked for your name.</translation>
    </message>
    <message>
      <source>Kode (6 cifre)</source>
      <translation>Code (6 digits)</translation>
    </message>
    <message>
      <source>Deltag</source>
      <translation>Join</translation>
    </message>
    <message>
      <source>Et øjeblik … Tryk »Deltag«, hvis siden ikke skifter af sig selv.</source>
      <translation>One moment … Press “Join” if the page does not change by itself.</translation>
    </message>
    <message>
      <source>Skriv en kode i stedet</source>
      <translation>Type a code instead</translation>
    </message>
    <message>
      <source>Skriv koden fra lærredet.</source>
      <translation>Type the code from the screen.</translation>
    </message>
    <message>
      <source>Koden passer ikke. Tjek cifrene på lærredet, og prøv igen.</source>
      <translation>That code does not match. Check the digits on the screen and try again.</translation>
    </message>
    <message>
      <source>For mange forkerte koder. Vent {seconds} sekunder, og prøv igen.</source>
      <translation>Too many wrong codes. Wait {seconds} seconds and try again.</translation>
    </message>
    <message>
      <source>Mange deltager lige nu. Siden prøver igen om {seconds} sekunder.</source>
      <translation>Many are joining right now. The page tries again in {seconds} seconds.</translation>
    </message>
    <message>
      <source>Der er ikke plads til flere enheder i denne session.</source>
      <translation>There is no room for more devices in this session.</translation>
    </message>
    <message>
      <source>Denne session er slut. Spørg efter den nye kode på lærredet.</source>
      <translation>This session has ended. Look for the new code on the screen.</translation>
    </message>
    <message>
      <source>Linket virker ikke. Skriv koden fra lærredet i stedet.</source>
      <translation>This link does not work. Type the code from the screen instead.</translation>
    </message>
    <message>
      <source>Anonym: der gemmes ikke navne eller oplysninger om din enhed.</source>
      <translation>Anonymous: no names or details about your device are stored.</translation>
    </message>
    <message>
      <source>Sessionen er ikke startet endnu. Siden skifter af sig selv.</source>
      <translation>The session has not started yet. This page will change by itself.</translation>
    </message>
    <message>
      <source>Kig op på lærredet</source>
      <translation>Look up at the screen</translation>
    </message>
    <message>
      <source>Siden skifter af sig selv, når der er noget, du skal svare på eller skrive.</source>
      <translation>This page changes by itself when there is something to answer or write.</translation>
    </message>
    <message>
      <source>Svar anonymt</source>
      <translation>Answer anonymously</translation>
    </message>
    <message>
      <source>Skriv for dig selv</source>
      <translation>Write on your own</translation>
    </message>
    <message>
      <source>Et brev til næste års studerende</source>
      <translation>A letter to next year's students</translation>
    </message>
    <message>
      <source>Send svar</source>
      <translation>Send answer</translation>
    </message>
    <message>
      <source>Tak, dit svar er modtaget. Du kan ændre det, så længe spørgsmålet er åbent.</source>
      <translation>Thank you, your answer has been received. You can change it while the question is open.</translation>
    </message>
    <message>
      <source>Vælg et svar først.</source>
      <translation>Choose an answer first.</translation>
    </message>
    <message>
      <source>Spørgsmålet er lukket, så svaret blev ikke talt med.</source>
      <translation>The question has closed, so the answer was not counted.</translation>
    </message>
    <message>
      <source>Din tekst</source>
      <translation>Your text</translation>
    </message>
    <message>
      <source>Dit brev</source>
      <translation>Your letter</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <source>Send ændringer</source>
      <translation>Send changes</translation>
    </message>
    <message>
      <source>{n} af {max} tegn</source>
      <translation>{n} of {max} characters</translation>
    </message>
    <message>
      <source>Teksten er for lang: højst {max} tegn.</source>
      <translation>The text is too long: at most {max} characters.</translation>
    </message>
    <message>
      <source>Skriv noget, før du sender.</source>
      <translation>Write something before you send.</translation>
    </message>
    <message>
      <source>Gemt på denne enhed</source>
      <translation>Saved on this device</translation>
    </message>
    <message>
      <source>Gemt på studievejlederens computer – ikke sendt</source>
      <translation>Saved on the student counsellor's computer – not sent</translation>
    </message>
    <message>
      <source>Gemt kun på denne enhed – sendes, når du trykker Send</source>
      <translation>Saved only on this device – it is sent when you press Send</translation>
    </message>
    <message>
      <source>Sendt. Du kan stadig rette i teksten, så længe trinnet er åbent.</source>
      <translation>Sent. You can still edit the text while this step is open.</translation>
    </message>
    <message>
      <source>Sendt – men dine rettelser er kun gemt på denne enhed. Tryk »Send ændringer« for at sende dem.</source>
      <translation>Sent – but your changes are only saved on this device. Press “Send changes” to send them.</translation>
    </message>
    <message>
      <source>Sendt – dine rettelser er gemt på studievejlederens computer, men ikke sendt. Tryk »Send ændringer« for at sende dem.</source>
      <translation>Sent – your changes are saved on the student counsellor's computer, but not sent. Press “Send changes” to send them.</translation>
    </message>
    <message>
      <source>Trinnet var lukket, da teksten nåede frem. Den er gemt på studievejlederens computer, men markeret som ikke sendt.</source>
      <translation>This step had closed when the text arrived. It is kept on the student counsellor's computer, but marked as not sent.</translation>
    </message>
    <message>
      <source>Det, du skriver her, gemmes anonymt på studievejlederens computer, mens du skriver – også før du trykker Send. Når du trykker Send, er teksten dit svar. Tekst, du ikke sender, gemmes som kladde og markeres som ikke sendt.</source>
      <translation>What you write here is saved anonymously on the student counsellor's computer as you write – also before you press Send. When you press Send, the text is your answer. Text you do not send is kept as a draft, marked as not sent.</translation>
    </message>
    <message>
      <source>Det, du skriver her, gemmes kun på denne enhed, indtil du trykker Send. Først når du trykker Send, sendes teksten anonymt til studievejlederens computer. Tekst, du ikke sender, forlader ikke enheden.</source>
      <translation>What you write here is kept only on this device until you press Send. Only when you press Send is the text sent, anonymously, to the student counsellor's computer. Text you do not send does not leave the device.</translation>
    </message>
    <message>
      <source>Dit brev kan kun blive delt, hvis du sender det og svarer ja under brevet.</source>
      <translation>Your letter can only be shared if you send it and answer yes below it.</translation>
    </message>
    <message>
      <source>Denne session gemmer ikke kladder: teksten bliver på denne enhed, indtil du trykker Send.</source>
      <translation>This session keeps no drafts: the text stays on this device until you press Send.</translation>
    </message>
    <message>
      <source>Gemt på denne enhed – sendes, når forbindelsen er tilbage.</source>
      <translation>Saved on this device – it will be sent when the connection is back.</translation>
    </message>
    <message>
      <source>Ingen forbindelse lige nu. Siden prøver igen af sig selv.</source>
      <translation>No connection right now. The page keeps trying by itself.</translation>
    </message>
    <message>
      <source>Forbindelsen er tilbage.</source>
      <translation>The connection is back.</translation>
    </message>
    <message>
      <source>Studievejlederens computer kan ikke gemme lige nu. Prøv igen om lidt.</source>
      <translation>The student counsellor's computer cannot save right now. Try again in a moment.</translation>
    </message>
    <message>
      <source>Ikke gemt endnu – lad siden være åben. Det, du har skrevet eller valgt, er her på enheden, og siden prøver igen af sig selv.</source>
      <translation>Not saved yet – keep this page open. What you wrote or chose is here on the device, and the page keeps trying by itself.</translation>
    </message>
    <message>
      <source>Ja, mit brev må deles uden navn</source>
      <translation>Yes, my letter may be shared without my name</translation>
    </message>
    <message>
      <source>Nej, det skal ikke deles</source>
      <translation>No, do not share it</translation>
    </message>
    <message>
      <source>Vælg ja eller nej under brevet, før du sender.</source>
      <translation>Choose yes or no below the letter before you send.</translation>
    </message>
    <message>
      <source>Nyt spørgsmål</source>
      <translation>New question</translation>
    </message>
    <message>
      <source>Det, du skrev før, hører til det forrige spørgsmål og er ikke flyttet med hertil.</source>
      <translation>What you wrote before belongs to the previous question and has not moved here.</translation>
    </message>
    <message>
      <source>Siden har skiftet: {heading}</source>
      <translation>The page has changed: {heading}</translation>
    </message>
    <message>
      <source>Hold {group}</source>
      <translation>Group {group}</translation>
    </message>
    <message>
      <source>Tak for i dag</source>
      <translation>Thank you for today</translation>
    </message>
    <message>
      <source>Dit brev blev ikke sendt</source>
      <translation>Your letter was not sent</translation>
    </message>
    <message>
      <source>Du trykkede ikke Send. Det, du skrev, er gemt som kladde på studievejlederens computer og markeret som ikke sendt, og det bliver ikke delt med næste års studerende.</source>
      <translation>You did not press Send. What you wrote is kept as a draft on the student counsellor's computer, marked as not sent, and it will not be shared with next year's students.</translation>
    </message>
    <message>
      <source>Du trykkede ikke Send, så brevet er ikke nået frem til studievejlederen og bliver ikke delt. Det var kun gemt på denne enhed.</source>
      <translation>You did not press Send, so the letter did not reach the student counsellor and will not be shared. It was only kept on this device.</translation>
    </message>
    <message>
      <source>Dine sidste rettelser til brevet blev ikke sendt. Det er den version, du sendte, der gælder.</source>
      <translation>Your last changes to the letter were not sent. The version you sent is the one that counts.</translation>
    </message>
    <message>
      <source>Næste studerende</source>
      <translation>Next student</translation>
    </message>
    <message>
      <source>Skal en anden bruge denne enhed? Tryk her, så bliver alt, du har skrevet, fjernet fra enheden.</source>
      <translation>Is someone else using this device next? Press here and everything you wrote is removed from the device.</translation>
    </message>
    <message>
      <source>Skal enheden gøres klar til en ny studerende? Alt, du har skrevet, bliver fjernet fra denne enhed.</source>
      <translation>Make this device ready for a new student? Everything you wrote is removed from this device.</translation>
    </message>
    <message>
      <source>Ja, gør klar</source>
      <translation>Yes, make it ready</translation>
    </message>
    <message>
      <source>Fortryd</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Gør enheden klar til en ny studerende …</source>
      <translation>Making the device ready for a new student …</translation>
    </message>
    <message>
      <source>Enheden er klar til en ny studerende. Det, den forrige skrev, er fjernet herfra.</source>
      <translation>This device is ready for a new student. What the previous one wrote has been removed from it.</translation>
    </message>
    <message>
      <source>Vent et øjeblik – dine tekster er ikke sendt endnu.</source>
      <translation>Please wait – your texts have not been sent yet.</translation>
    </message>
    <message>
      <source>Sessionen er slut. Tak!</source>
      <translation>The session has ended. Thank you!</translation>
    </message>
    <message>
      <source>Denne enhed er ryddet: intet af det, du skrev, er gemt på den.</source>
      <translation>This device has been cleared: nothing you wrote is kept on it.</translation>
    </message>
    <message>
      <source>Noget af det, du skrev, er ikke nået frem til studievejlederens computer. Det er gemt på denne enhed og sendes, når forbindelsen er tilbage. Luk ikke siden, og sig det til studievejlederen.</source>
      <translation>Some of what you wrote has not reached the student counsellor's computer. It is kept on this device and will be sent when the connection is back. Do not close the page, and tell the student counsellor.</translation>
    </message>
    <message>
      <source>Enheden er nulstillet til en ny studerende.</source>
      <translation>This device has been reset for a new student.</translation>
    </message>
    <message>
      <source>Siden skal bruge JavaScript for at gemme det, du skriver.</source>
      <translation>This page needs JavaScript to keep what you write.</translation>
    </message>
    <message>
      <source>Noget gik galt: {reason}</source>
      <translation>Something went wrong: {reason}</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Sproget kunne ikke skiftes lige nu. Prøv igen om lidt.</source>
      <translation>The language could not be changed right now. Try again in a moment.</translation>
    </message>
    <message>
      <source>Det sprog findes ikke på denne side.</source>
      <translation>That language is not offered on this page.</translation>
    </message>
    <message>
      <source>dansk</source>
      <translation>Danish</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>English</translation>
    </message>
    <message>
      <source>norsk (bokmål)</source>
      <translation>Norwegian (Bokmål)</translation>
    </message>
    <message>
      <source>nederlandsk</source>
      <translation>Dutch</translation>
    </message>
    <message>
      <source>Spørgsmål og tekster i denne session findes ikke på dansk, så de vises på {shown}.</source>
      <translation>The questions and texts of this session are not available in English, so they are shown in {shown}.</translation>
    </message>
    <message>
      <source>Vis hvad der bliver sagt</source>
      <translation>Show transcript</translation>
    </message>
    <message>
      <source>Det bliver sagt i videoen</source>
      <translation>What is said in the video</translation>
    </message>
  </context>
  <context>
    <name>VideoController</name>
    <message>
      <source>Afspiller: %1</source>
      <translation>Playing: %1</translation>
    </message>
    <message>
      <source>Videoen er slut. Tryk → for næste trin.</source>
      <translation>The video has ended. Press → for the next step.</translation>
    </message>
    <message>
      <source>Pause (P)</source>
      <translation>Pause (P)</translation>
    </message>
    <message>
      <source>Afspil (P)</source>
      <translation>Play (P)</translation>
    </message>
  </context>
  <context>
    <name>VideoPlayer</name>
    <message>
      <source>Videoen kunne ikke afspilles: {name} findes ikke</source>
      <translation>The video could not be played: {name} does not exist</translation>
    </message>
    <message>
      <source>Videoen kunne ikke afspilles: {name} er beskadiget eller i et format, der ikke kan afspilles</source>
      <translation>The video could not be played: {name} is damaged or in a format that cannot be played</translation>
    </message>
    <message>
      <source>Videoen kunne ikke afspilles: {name} ({detail})</source>
      <translation>The video could not be played: {name} ({detail})</translation>
    </message>
    <message>
      <source>Underteksterne {name} kunne ikke indlæses ({reason}); videoen vises uden undertekster</source>
      <translation>The subtitles {name} could not be loaded ({reason}); the video is shown without subtitles</translation>
    </message>
    <message>
      <source>filen findes ikke</source>
      <translation>the file does not exist</translation>
    </message>
    <message>
      <source>VLC meldte en fejl</source>
      <translation>VLC reported an error</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>Besked</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Afstemning</source>
      <translation>Poll</translation>
    </message>
    <message>
      <source>Refleksion</source>
      <translation>Reflection</translation>
    </message>
    <message>
      <source>Brev</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Afslutning</source>
      <translation>Closing</translation>
    </message>
    <message>
      <source>Ikke startet</source>
      <translation>Not started</translation>
    </message>
    <message>
      <source>Afbrudt</source>
      <translation>Interrupted</translation>
    </message>
    <message>
      <source>Afsluttet</source>
      <translation>Ended</translation>
    </message>
    <message>
      <source>Eksporteret</source>
      <translation>Exported</translation>
    </message>
    <message>
      <source>Muligt navn</source>
      <extracomment>What the review calls each kind of flagged personal data.</extracomment>
      <translation>Possible name</translation>
    </message>
    <message>
      <source>E-mailadresse</source>
      <translation>Email address</translation>
    </message>
    <message>
      <source>Telefonnummer</source>
      <translation>Phone number</translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>CPR number</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Brugernavn</source>
      <translation>Username</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>behandling</source>
      <extracomment>The study arms, for the counsellor only (settings, the override question): never on the projector, the cover or a student's page.</extracomment>
      <translation>treatment</translation>
    </message>
    <message>
      <source>kontrol</source>
      <translation>control</translation>
    </message>
  </context>
</TS>