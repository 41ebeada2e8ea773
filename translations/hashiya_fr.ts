<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Add tag “%1”</source>
        <translation>Ajouter l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation>Surligner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Attach “%1” here</source>
        <translation>Rattacher «&#xa0;%1&#xa0;» ici</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Retirer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Change highlight style</source>
        <translation>Changer le style de surlignage</translation>
    </message>
</context>
<context>
    <name>hashiya::AboutDialog</name>
    <message>
        <source>About Hashiya</source>
        <translation>À propos de Hashiya</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>Copy the versions of Hashiya and its libraries, for a bug report</source>
        <translation>Copier les versions de Hashiya et de ses bibliothèques, pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Hashiya %1</source>
        <translation>Hashiya %1</translation>
    </message>
    <message>
        <source>A reader for right-to-left articles: highlight, annotate, tag.</source>
        <translation>Un lecteur d’articles écrits de droite à gauche&#xa0;: surligner, annoter, étiqueter.</translation>
    </message>
    <message>
        <source>Hashiya is free software, licensed under the %1: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Hashiya est un logiciel libre, sous %1&#xa0;: vous pouvez le partager et le modifier selon ses termes. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>la Licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <source>Built on these libraries and fonts</source>
        <translation>Construit sur ces bibliothèques et polices</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Libraries and fonts</source>
        <translation>Bibliothèques et polices</translation>
    </message>
</context>
<context>
    <name>hashiya::AnnotationModel</name>
    <message>
        <source>Not anchored: select its text and choose Attach Here</source>
        <translation>Non ancrée&#xa0;: sélectionnez son texte et choisissez Rattacher ici</translation>
    </message>
    <message>
        <source>Moved in this version: check the highlight</source>
        <translation>Déplacée dans cette version&#xa0;: vérifiez le surlignage</translation>
    </message>
</context>
<context>
    <name>hashiya::AnnotationPanel</name>
    <message>
        <source>All styles</source>
        <translation>Tous les styles</translation>
    </message>
    <message>
        <source>Not anchored</source>
        <translation>Non ancrées</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacées</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 annotation affichée sur %n</numerusform>
            <numerusform>%1 annotations affichées sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Filtrer les annotations</translation>
    </message>
    <message>
        <source>Filter annotations by text</source>
        <translation>Filtrer les annotations par texte</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation>Filtrer par style</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Écrire une note…</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>hashiya::AnnotationRepository</name>
    <message>
        <source>The annotation is no longer in the library.</source>
        <translation>L’annotation n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>The annotation is no longer in the library, or already has this tag.</source>
        <translation>L’annotation n’est plus dans la bibliothèque, ou elle a déjà cette étiquette.</translation>
    </message>
    <message>
        <source>The annotation has no tag “%1” in the library.</source>
        <translation>L’annotation n’a pas l’étiquette «&#xa0;%1&#xa0;» dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>hashiya::AnnotationStore</name>
    <message>
        <source>The library is busy (another Hashiya is writing); try again.</source>
        <translation>La bibliothèque est occupée (un autre Hashiya y écrit)&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>Cannot save to the library: %1</source>
        <translation>Impossible d’enregistrer dans la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot add a highlight without an id.</source>
        <translation>Impossible d’ajouter un surlignage sans identifiant.</translation>
    </message>
    <message>
        <source>This highlight is already there.</source>
        <translation>Ce surlignage existe déjà.</translation>
    </message>
    <message>
        <source>This highlight belongs to another document.</source>
        <translation>Ce surlignage appartient à un autre document.</translation>
    </message>
    <message>
        <source>Cannot add a highlight with an invalid range.</source>
        <translation>Impossible d’ajouter un surlignage dont la plage n’est pas valide.</translation>
    </message>
    <message>
        <source>This highlight is no longer there.</source>
        <translation>Ce surlignage n’existe plus.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>This highlight has no tag “%1”.</source>
        <translation>Ce surlignage n’a pas l’étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the document&apos;s text: %1</source>
        <translation>Impossible de lire le texte du document&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select the text to attach the highlight to.</source>
        <translation>Sélectionnez le texte auquel rattacher le surlignage.</translation>
    </message>
    <message>
        <source>Cannot move a highlight to an invalid range.</source>
        <translation>Impossible de déplacer un surlignage vers une plage non valide.</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>Impossible de lire la bibliothèque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::Application</name>
    <message>
        <source>Hashiya libraries (*.sqlite);;All files (*)</source>
        <translation>Bibliothèques Hashiya (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Recover into a New Library</source>
        <translation>Récupérer dans une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Recovering what is readable…</source>
        <translation>Récupération de ce qui est lisible…</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Échec de la récupération</translation>
    </message>
    <message>
        <source>Nothing was recovered: %1
The damaged library “%2” has not been changed.</source>
        <translation>Rien n’a été récupéré&#xa0;: %1
La bibliothèque endommagée «&#xa0;%2&#xa0;» n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Library recovered</source>
        <translation>Bibliothèque récupérée</translation>
    </message>
    <message>
        <source>%1
The recovered library is “%2”; the damaged one, “%3”, has not been changed.</source>
        <translation>%1
La bibliothèque récupérée est «&#xa0;%2&#xa0;»&#x202f;; l’endommagée, «&#xa0;%3&#xa0;», n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Open Another Library</source>
        <translation>Ouvrir une autre bibliothèque</translation>
    </message>
    <message>
        <source>Create a New Library</source>
        <translation>Créer une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Switch Library</source>
        <translation>Changer de bibliothèque</translation>
    </message>
    <message>
        <source>“%1” cannot be opened, so Hashiya keeps using “%2”.
%3</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: Hashiya continue d’utiliser «&#xa0;%2&#xa0;».
%3</translation>
    </message>
    <message>
        <source>Read-only library: changes cannot be saved</source>
        <translation>Bibliothèque en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>“%1” (or its folder) may not be written. Reading, searching and exporting work; highlights and notes cannot be saved.</source>
        <translation>«&#xa0;%1&#xa0;» (ou son dossier) n’est pas accessible en écriture. La lecture, la recherche et l’export fonctionnent&#x202f;; les surlignages et les notes ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The daily backup of the library failed: %1</source>
        <translation>La sauvegarde quotidienne de la bibliothèque a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::ArticleLoader</name>
    <message>
        <source>The file “%1” is %2 MB; Hashiya opens articles of at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» fait %2 Mo&#x202f;; Hashiya ouvre des articles de %3 Mo au plus.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device, a pipe or a socket); Hashiya opens only article files.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket)&#x202f;; Hashiya n’ouvre que des fichiers d’articles.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose an article file inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier. Choisissez un fichier d’article à l’intérieur.</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>Vous n’avez pas la permission de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2.</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read whole: it changed while it was read (%2). Try again once it is complete.</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;» en entier&#xa0;: il a changé pendant la lecture (%2). Réessayez une fois qu’il sera complet.</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>“%1” does not look like a text file (it holds binary data).</source>
        <translation>«&#xa0;%1&#xa0;» ne semble pas être un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>The file “%1” holds only white space.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne contient que des espaces.</translation>
    </message>
    <message>
        <source>Some bytes of “%1” are not valid %2; they were replaced by �.</source>
        <translation>Certains octets de «&#xa0;%1&#xa0;» ne sont pas du %2 valide&#x202f;; ils ont été remplacés par �.</translation>
    </message>
    <message>
        <source>“%1” is %2, which Hashiya can only read with its graphical libraries started (QGuiApplication); this program started without them.</source>
        <translation>«&#xa0;%1&#xa0;» est au format %2, que Hashiya ne lit qu’avec ses bibliothèques graphiques démarrées (QGuiApplication)&#x202f;; ce programme a démarré sans elles.</translation>
    </message>
    <message>
        <source>“%1” nests its HTML elements more than %2 levels deep, the most Hashiya reads, and holds no text above that depth.</source>
        <translation>«&#xa0;%1&#xa0;» imbrique ses éléments HTML sur plus de %2 niveaux, le maximum que lit Hashiya, et ne contient aucun texte au-dessus de cette profondeur.</translation>
    </message>
    <message>
        <source>“%1” holds no readable text.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun texte lisible.</translation>
    </message>
    <message>
        <source>“%1” nests its HTML elements more than %2 levels deep, the most Hashiya reads; the text below that depth was left out.</source>
        <translation>«&#xa0;%1&#xa0;» imbrique ses éléments HTML sur plus de %2 niveaux, le maximum que lit Hashiya&#x202f;; le texte au-delà de cette profondeur a été omis.</translation>
    </message>
</context>
<context>
    <name>hashiya::ArticlePane</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding…</source>
        <translation>Rouvrir avec un &amp;encodage…</translation>
    </message>
    <message>
        <source>Show &amp;Not Anchored</source>
        <translation>Afficher les &amp;non ancrées</translation>
    </message>
    <message>
        <source>Open &amp;Latest Version</source>
        <translation>Ouvrir la &amp;dernière version</translation>
    </message>
</context>
<context>
    <name>hashiya::ArticleView</name>
    <message>
        <source>Scroll down a page</source>
        <translation>Descendre d’une page</translation>
    </message>
    <message>
        <source>Scroll up a page</source>
        <translation>Monter d’une page</translation>
    </message>
    <message>
        <source>Scroll down a line</source>
        <translation>Descendre d’une ligne</translation>
    </message>
    <message>
        <source>Scroll up a line</source>
        <translation>Monter d’une ligne</translation>
    </message>
    <message>
        <source>Go to the beginning</source>
        <translation>Aller au début</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>Aller à la fin</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
</context>
<context>
    <name>hashiya::CommandLine</name>
    <message>
        <source>Read, highlight and annotate right-to-left articles.</source>
        <translation>Lire, surligner et annoter des articles écrits de droite à gauche.</translation>
    </message>
    <message>
        <source>Use the library FILE.</source>
        <translation>Utiliser la bibliothèque FILE.</translation>
    </message>
    <message>
        <source>Export format.</source>
        <translation>Format d’export.</translation>
    </message>
    <message>
        <source>Export only this document.</source>
        <translation>N’exporter que ce document.</translation>
    </message>
    <message>
        <source>Write the export to PATH.</source>
        <translation>Écrire l’export dans PATH.</translation>
    </message>
    <message>
        <source>Read articles in this encoding.</source>
        <translation>Lire les articles dans cet encodage.</translation>
    </message>
    <message>
        <source>find: match vowel marks and hamza exactly.</source>
        <translation>find&#xa0;: respecter exactement les voyelles et la hamza.</translation>
    </message>
    <message>
        <source>find: match whole words only.</source>
        <translation>find&#xa0;: mots entiers uniquement.</translation>
    </message>
    <message>
        <source>import: the article is a new version of DOCUMENT; its annotations move to it.</source>
        <translation>import&#xa0;: l’article est une nouvelle version de DOCUMENT&#x202f;; ses annotations y sont déplacées.</translation>
    </message>
    <message>
        <source>A command, or an ARTICLE to open.</source>
        <translation>Une commande, ou un ARTICLE à ouvrir.</translation>
    </message>
    <message>
        <source>open the window, on ARTICLE if given</source>
        <translation>ouvrir la fenêtre, sur ARTICLE s’il est donné</translation>
    </message>
    <message>
        <source>import articles; print the ID, encoding and title of each</source>
        <translation>importer des articles&#x202f;; afficher l’identifiant, l’encodage et le titre de chacun</translation>
    </message>
    <message>
        <source>list the documents with their annotation counts</source>
        <translation>lister les documents avec leur nombre d’annotations</translation>
    </message>
    <message>
        <source>print the stored text of a document</source>
        <translation>afficher le texte enregistré d’un document</translation>
    </message>
    <message>
        <source>export annotations as json, markdown, csv, html or qdpx</source>
        <translation>exporter les annotations en json, markdown, csv, html ou qdpx</translation>
    </message>
    <message>
        <source>import W3C Web Annotation JSON-LD (FILE - reads standard input)</source>
        <translation>importer des annotations W3C Web Annotation JSON-LD (FILE - lit l’entrée standard)</translation>
    </message>
    <message>
        <source>find in a document, ignoring vowel marks; print START, END, match</source>
        <translation>rechercher dans un document sans tenir compte des voyelles&#x202f;; afficher START, END et la correspondance</translation>
    </message>
    <message>
        <source>search the texts, quotes, notes, tags and titles of the library</source>
        <translation>rechercher dans les textes, citations, notes, étiquettes et titres de la bibliothèque</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>DOCUMENT is an ID printed by import and list (a unique prefix is enough).</source>
        <translation>DOCUMENT est un identifiant affiché par import et list (un préfixe unique suffit).</translation>
    </message>
    <message>
        <source>The library is --library FILE, else $HASHIYA_LIBRARY, else library.sqlite in the data folder.</source>
        <translation>La bibliothèque est --library FILE, sinon $HASHIYA_LIBRARY, sinon library.sqlite dans le dossier de données.</translation>
    </message>
    <message>
        <source>See hashiya(1) for the details of each command.</source>
        <translation>Voir hashiya(1) pour le détail de chaque commande.</translation>
    </message>
</context>
<context>
    <name>hashiya::Commands</name>
    <message>
        <source>import needs at least one ARTICLE file</source>
        <translation>import demande au moins un fichier ARTICLE</translation>
    </message>
    <message>
        <source>import --new-version-of takes exactly one ARTICLE file</source>
        <translation>import --new-version-of prend exactement un fichier ARTICLE</translation>
    </message>
    <message>
        <source>new version; highlights: %1 kept, %2 moved, %3 orphaned</source>
        <translation>nouvelle version&#x202f;; surlignages&#xa0;: %1 conservés, %2 déplacés, %3 orphelins</translation>
    </message>
    <message>
        <source>text needs exactly one DOCUMENT id</source>
        <translation>text demande exactement un identifiant DOCUMENT</translation>
    </message>
    <message>
        <source>find needs a DOCUMENT id and a QUERY</source>
        <translation>find demande un identifiant DOCUMENT et une QUERY</translation>
    </message>
    <message>
        <source>search needs a QUERY</source>
        <translation>search demande une QUERY</translation>
    </message>
    <message>
        <source>To use another library, pass --library FILE or set HASHIYA_LIBRARY.</source>
        <translation>Pour utiliser une autre bibliothèque, passez --library FILE ou définissez HASHIYA_LIBRARY.</translation>
    </message>
    <message>
        <source>To recover what is readable into a new library, open this one in the window (run hashiya --library FILE without a command) and choose Try to Recover.</source>
        <translation>Pour récupérer ce qui est lisible dans une nouvelle bibliothèque, ouvrez celle-ci dans la fenêtre (lancez hashiya --library FILE sans commande) et choisissez Essayer de récupérer.</translation>
    </message>
    <message>
        <source>the library “%1” is read-only: commands that change it will fail.</source>
        <translation>la bibliothèque «&#xa0;%1&#xa0;» est en lecture seule&#xa0;: les commandes qui la modifient échoueront.</translation>
    </message>
    <message>
        <source>no document matches “%1” (see `hashiya list`)</source>
        <translation>aucun document ne correspond à «&#xa0;%1&#xa0;» (voir `hashiya list`)</translation>
    </message>
    <message>
        <source>export needs --format %1</source>
        <translation>export demande --format %1</translation>
    </message>
    <message>
        <source>there are no documents to export</source>
        <translation>il n’y a aucun document à exporter</translation>
    </message>
    <message>
        <source>--format %1 writes one file per document (%2 here): give --output FOLDER</source>
        <translation>--format %1 écrit un fichier par document (%2 ici)&#xa0;: indiquez --output DOSSIER</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>import-annotations needs one FILE (W3C Web Annotation JSON-LD; - reads standard input)</source>
        <translation>import-annotations demande un FILE (W3C Web Annotation JSON-LD&#x202f;; - lit l’entrée standard)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>impossible d’importer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>hashiya::ComponentVersions</name>
    <message>
        <source>%1 (Unicode %2)</source>
        <extracomment>ICU&apos;s version, then the version of the Unicode standard it implements: &quot;72.1 (Unicode 15.0)&quot;.</extracomment>
        <translation>%1 (Unicode %2)</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
</context>
<context>
    <name>hashiya::CountsIndicator</name>
    <message>
        <source>Words: %1 of %2 · Sentences: %3 of %4</source>
        <translation>Mots&#xa0;: %1 sur %2 · Phrases&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>Words: %1 · Sentences: %2</source>
        <translation>Mots&#xa0;: %1 · Phrases&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>hashiya::DocumentController</name>
    <message>
        <source>Select some text to highlight it.</source>
        <translation>Sélectionnez du texte pour le surligner.</translation>
    </message>
    <message>
        <source>Select an annotation to tag it.</source>
        <translation>Sélectionnez une annotation pour l’étiqueter.</translation>
    </message>
    <message>
        <source>This is the last annotation in the article.</source>
        <translation>C’est la dernière annotation de l’article.</translation>
    </message>
    <message>
        <source>This is the first annotation in the article.</source>
        <translation>C’est la première annotation de l’article.</translation>
    </message>
    <message>
        <source>Choose a not anchored annotation in the list, then select the passage it belongs to.</source>
        <translation>Choisissez une annotation non ancrée dans la liste, puis sélectionnez le passage auquel elle appartient.</translation>
    </message>
    <message>
        <source>&amp;Style</source>
        <translation>&amp;Style</translation>
    </message>
    <message>
        <source>&amp;Copy Quote</source>
        <translation>&amp;Copier la citation</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>Modifier les éti&amp;quettes</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
    <message>
        <source>&amp;Highlight As</source>
        <translation>Surligner &amp;comme</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Attach “%1” &amp;Here</source>
        <translation>Rattacher «&#xa0;%1&#xa0;» &amp;ici</translation>
    </message>
    <message>
        <source>The library was changed by another program; undo history was cleared.</source>
        <translation>La bibliothèque a été modifiée par un autre programme&#x202f;; l’historique d’annulation a été effacé.</translation>
    </message>
</context>
<context>
    <name>hashiya::DocumentStore</name>
    <message>
        <source>No such document.</source>
        <translation>Aucun document de ce type.</translation>
    </message>
    <message>
        <source>“%1” is not a document id: give at least 4 characters of its id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de document&#xa0;: donnez au moins 4 caractères de son identifiant.</translation>
    </message>
    <message>
        <source>No document has the id “%1”.</source>
        <translation>Aucun document n’a l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The id “%1” is ambiguous: give more of it.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» est ambigu&#xa0;: donnez-en davantage.</translation>
    </message>
</context>
<context>
    <name>hashiya::DocumentVersioner</name>
    <message>
        <source>Cannot re-anchor a highlight: %1</source>
        <translation>Impossible de réancrer un surlignage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write to the library: %1</source>
        <translation>Impossible d’écrire dans la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document to make a new version of is not in the library: %1</source>
        <translation>Le document dont il faut faire une nouvelle version n’est pas dans la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the document&apos;s highlights: %1</source>
        <translation>Impossible de lire les surlignages du document&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the new version: %1</source>
        <translation>Impossible d’enregistrer la nouvelle version&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::EncodingDialog</name>
    <message>
        <source>Reopen with Encoding</source>
        <translation>Rouvrir avec un encodage</translation>
    </message>
    <message>
        <source>If the text looks wrong, choose the encoding that gives readable text. The current one is %1.</source>
        <translation>Si le texte semble incorrect, choisissez l’encodage qui donne un texte lisible. L’encodage actuel est %1.</translation>
    </message>
    <message>
        <source>%1 (%2%)
%3</source>
        <translation>%1 (%2&#xa0;%)
%3</translation>
    </message>
    <message>
        <source>Likely encodings</source>
        <translation>Encodages probables</translation>
    </message>
    <message>
        <source>(choose from the list above)</source>
        <translation>(choisissez dans la liste ci-dessus)</translation>
    </message>
    <message>
        <source>Other encoding</source>
        <translation>Autre encodage</translation>
    </message>
    <message>
        <source>Other encoding:</source>
        <translation>Autre encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>hashiya::ExportController</name>
    <message>
        <source>An export is already going on.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Ouvrez d’abord un article.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier exporté vers %1.</numerusform>
            <numerusform>%n fichiers exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::ExportDialog</name>
    <message>
        <source>The &amp;current article</source>
        <translation>L’article &amp;actuel</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>Toute la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <source>The &amp;current article (%1)</source>
        <translation>L’article &amp;actuel (%1)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Hashiya export</source>
        <translation>Export Hashiya</translation>
    </message>
    <message>
        <source>Hashiya library</source>
        <translation>Bibliothèque Hashiya</translation>
    </message>
    <message>
        <source>To &amp;folder:</source>
        <translation>Vers le &amp;dossier&#xa0;:</translation>
    </message>
    <message>
        <source>To &amp;file:</source>
        <translation>Vers le &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>Choisissez où exporter.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>hashiya::Exporter</name>
    <message>
        <source>Hashiya annotations</source>
        <translation>Annotations Hashiya</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Markdown study notes</source>
        <translation>Notes d’étude Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Tableur CSV</translation>
    </message>
    <message>
        <source>HTML page per document</source>
        <translation>Une page HTML par document</translation>
    </message>
    <message>
        <source>REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder)</source>
        <translation>Projet REFI-QDA (ATLAS.ti, MAXQDA, NVivo, QualCoder)</translation>
    </message>
    <message>
        <source>Cannot list the documents: %1</source>
        <translation>Impossible de lister les documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Cannot read document %1: %2</source>
        <translation>Impossible de lire le document %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the annotations of “%1”: %2</source>
        <translation>Impossible de lire les annotations de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read styles and tags: %1</source>
        <translation>Impossible de lire les styles et les étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot build the REFI-QDA package: %1</source>
        <translation>Impossible de construire le paquet REFI-QDA&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Il n’y a rien à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a folder: an export of %n file(s) needs an existing folder.</source>
        <translation>
            <numerusform>%1 n’est pas un dossier&#xa0;: un export de %n fichier demande un dossier existant.</numerusform>
            <numerusform>%1 n’est pas un dossier&#xa0;: un export de %n fichiers demande un dossier existant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusing the unsafe file name “%1”.</source>
        <translation>Nom de fichier dangereux «&#xa0;%1&#xa0;» refusé.</translation>
    </message>
    <message>
        <source>Refusing to write outside %1.</source>
        <translation>Écriture hors de %1 refusée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Highlight styles</source>
        <translation>Styles de surlignage</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::FindBar</name>
    <message>
        <source>Next match</source>
        <translation>Correspondance suivante</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Correspondance précédente</translation>
    </message>
    <message>
        <source>Close the find bar and return to the article</source>
        <translation>Fermer la barre de recherche et revenir à l’article</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Correspondance précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Correspondance suivante (Entrée)</translation>
    </message>
    <message>
        <source>Exact marks</source>
        <translation>Voyelles exactes</translation>
    </message>
    <message>
        <source>Match vowel marks and hamza exactly</source>
        <translation>Respecter exactement les voyelles et la hamza</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>The current find match and how many there are: &quot;3 of 17&quot;.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 correspondance</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::HtmlExporter</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not anchored</source>
        <translation>Non ancrées</translation>
    </message>
    <message>
        <source>These passages are no longer found in the text.</source>
        <translation>Ces passages ne se trouvent plus dans le texte.</translation>
    </message>
</context>
<context>
    <name>hashiya::KeyboardNavigation</name>
    <message>
        <source>Next field: article, find bar, filters, annotation list, note, tags</source>
        <translation>Champ suivant&#xa0;: article, barre de recherche, filtres, liste des annotations, note, étiquettes</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Champ précédent</translation>
    </message>
</context>
<context>
    <name>hashiya::Library</name>
    <message>
        <source>The file has not been changed.</source>
        <translation>Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source> The newest backup is “%1”.</source>
        <translation> La sauvegarde la plus récente est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a Hashiya library: %2. %3 Open another library, or move this file away and create a new library.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une bibliothèque Hashiya&#xa0;: %2. %3 Ouvrez une autre bibliothèque, ou déplacez ce fichier et créez une nouvelle bibliothèque.</translation>
    </message>
    <message>
        <source>The library “%1” is empty (0 bytes): it may be a copy that was cut short, so it is not taken for a new library. %2 Restore it from a backup, open another library, or delete this empty file to start a new library there.%3</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» est vide (0 octet)&#xa0;: c’est peut-être une copie interrompue, elle n’est donc pas prise pour une nouvelle bibliothèque. %2 Restaurez-la depuis une sauvegarde, ouvrez une autre bibliothèque ou supprimez ce fichier vide pour y commencer une nouvelle bibliothèque.%3</translation>
    </message>
    <message>
        <source>The library “%1” is damaged and cannot be read (%2). %3 Try to recover what is still readable into a new library, restore it from a backup, or open another library.%4</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» est endommagée et illisible (%2). %3 Essayez de récupérer ce qui est encore lisible dans une nouvelle bibliothèque, restaurez-la depuis une sauvegarde ou ouvrez une autre bibliothèque.%4</translation>
    </message>
    <message>
        <source>Cannot read the library “%1”: %2. %3 Check that you may read the file and its folder, or open another library.</source>
        <translation>Impossible de lire la bibliothèque «&#xa0;%1&#xa0;»&#xa0;: %2. %3 Vérifiez que vous pouvez lire le fichier et son dossier, ou ouvrez une autre bibliothèque.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>the file is shorter than an SQLite header</source>
        <translation>le fichier est plus court qu’un en-tête SQLite</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>Cannot back up the library “%1” before updating it to this version of Hashiya: %2. %3 Free some space beside it and try again, or open another library.</source>
        <translation>Impossible de sauvegarder la bibliothèque «&#xa0;%1&#xa0;» avant de la mettre à jour pour cette version de Hashiya&#xa0;: %2. %3 Libérez de l’espace à côté d’elle et réessayez, ou ouvrez une autre bibliothèque.</translation>
    </message>
    <message>
        <source>the disk (or the library) is full. Free some space on the disk that holds the library, then try again</source>
        <translation>le disque (ou la bibliothèque) est plein. Libérez de l’espace sur le disque qui contient la bibliothèque, puis réessayez</translation>
    </message>
    <message>
        <source>the library is read-only: changes cannot be saved. Make the file and its folder writable, or open a writable copy of it</source>
        <translation>la bibliothèque est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées. Rendez le fichier et son dossier accessibles en écriture, ou ouvrez-en une copie modifiable</translation>
    </message>
    <message>
        <source>another program holds the library locked. Close that program (or the other Hashiya window) and try again</source>
        <translation>un autre programme verrouille la bibliothèque. Fermez ce programme (ou l’autre fenêtre Hashiya) et réessayez</translation>
    </message>
    <message>
        <source>the library is damaged. Quit Hashiya, then open it again to recover what is readable into a new library</source>
        <translation>la bibliothèque est endommagée. Quittez Hashiya, puis ouvrez-la à nouveau pour récupérer ce qui est lisible dans une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>the disk could not be written. Check the disk, then try again</source>
        <translation>le disque n’a pas pu être écrit. Vérifiez le disque, puis réessayez</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program</source>
        <translation>c’est une base de données SQLite d’un autre programme</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer version of Hashiya (schema %2; this version knows schemas up to %3). %4 Update Hashiya to open it, or open another library.</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» a été écrite par une version plus récente de Hashiya (schéma %2&#x202f;; cette version connaît les schémas jusqu’à %3). %4 Mettez Hashiya à jour pour l’ouvrir, ou ouvrez une autre bibliothèque.</translation>
    </message>
    <message>
        <source>The library “%1” is read-only and was written by an older version of Hashiya (schema %2; this version needs %3), so it cannot be updated. %4 Make the file and its folder writable, or open a writable copy.</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» est en lecture seule et a été écrite par une version plus ancienne de Hashiya (schéma %2&#x202f;; cette version demande %3)&#xa0;: elle ne peut donc pas être mise à jour. %4 Rendez le fichier et son dossier accessibles en écriture, ou ouvrez une copie modifiable.</translation>
    </message>
    <message>
        <source>Cannot switch the library “%1” to write-ahead logging (%2). If another program holds it open, close that program and try again.</source>
        <translation>Impossible de passer la bibliothèque «&#xa0;%1&#xa0;» en journalisation anticipée (%2). Si un autre programme la tient ouverte, fermez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>hashiya::LibraryBackup</name>
    <message>
        <source>An in-memory library has no folder to keep backups in.</source>
        <translation>Une bibliothèque en mémoire n’a pas de dossier où garder des sauvegardes.</translation>
    </message>
    <message>
        <source>cannot rename “%1”</source>
        <translation>impossible de renommer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the library&apos;s connection is not open</source>
        <translation>la connexion de la bibliothèque n’est pas ouverte</translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”: %2.</source>
        <translation>Impossible de lire la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>hashiya::LibraryRecovery</name>
    <message>
        <source>Recovered %1, %2 and %3.</source>
        <translation>%1, %2 et %3 récupérés.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source> Some pages of the damaged library could not be read: what they held is lost.</source>
        <translation> Certaines pages de la bibliothèque endommagée n’ont pas pu être lues&#xa0;: leur contenu est perdu.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name for the recovered library.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un nouveau nom de fichier pour la bibliothèque récupérée.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to recover in: %1.</source>
        <translation>Impossible de créer un dossier temporaire pour la récupération&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot read the damaged library “%1”. Check that you may read it.</source>
        <translation>Impossible de lire la bibliothèque endommagée «&#xa0;%1&#xa0;». Vérifiez que vous pouvez la lire.</translation>
    </message>
    <message>
        <source>Cannot open a copy of the damaged library: %1.</source>
        <translation>Impossible d’ouvrir une copie de la bibliothèque endommagée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing could be recovered: the damaged library&apos;s list of tables is unreadable. Restore it from a backup instead.</source>
        <translation>Rien n’a pu être récupéré&#xa0;: la liste des tables de la bibliothèque endommagée est illisible. Restaurez-la plutôt depuis une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>hashiya::LibrarySearchDialog</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot; or a prefix*</source>
        <translation>Des mots, &quot;une expression&quot; ou un préfixe*</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::LibraryTroubleDialog</name>
    <message>
        <source>The library is damaged</source>
        <translation>La bibliothèque est endommagée</translation>
    </message>
    <message>
        <source>The library file is empty</source>
        <translation>Le fichier de la bibliothèque est vide</translation>
    </message>
    <message>
        <source>This file is not a Hashiya library</source>
        <translation>Ce fichier n’est pas une bibliothèque Hashiya</translation>
    </message>
    <message>
        <source>The library is from a newer Hashiya</source>
        <translation>La bibliothèque vient d’un Hashiya plus récent</translation>
    </message>
    <message>
        <source>The library cannot be read</source>
        <translation>La bibliothèque ne peut pas être lue</translation>
    </message>
    <message>
        <source>The library is read-only and cannot be updated</source>
        <translation>La bibliothèque est en lecture seule et ne peut pas être mise à jour</translation>
    </message>
    <message>
        <source>The library cannot be created</source>
        <translation>La bibliothèque ne peut pas être créée</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>La bibliothèque ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>Ouvrir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>Create a New Library…</source>
        <translation>Créer une nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>Try to Recover…</source>
        <translation>Essayer de récupérer…</translation>
    </message>
    <message>
        <source>Copy what is still readable into a new library. The damaged file is left as it is.</source>
        <translation>Copier ce qui est encore lisible dans une nouvelle bibliothèque. Le fichier endommagé reste tel quel.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>hashiya::MainWindow</name>
    <message>
        <source>Hashiya</source>
        <translation>Hashiya</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The text of the open article. Select a passage to highlight it; Alt+Down and Alt+Up go to the next and previous highlight.</source>
        <translation>Le texte de l’article ouvert. Sélectionnez un passage pour le surligner&#x202f;; Alt+Bas et Alt+Haut vont au surlignage suivant et précédent.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Attach &amp;Here</source>
        <translation>Rattacher &amp;ici</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding…</source>
        <translation>Rouvrir avec un &amp;encodage…</translation>
    </message>
    <message>
        <source>Import as New &amp;Version…</source>
        <translation>Importer comme nouvelle &amp;version…</translation>
    </message>
    <message>
        <source>Ear&amp;lier Versions</source>
        <translation>Versions &amp;antérieures</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>Rechercher dans la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <source>Edit N&amp;ote</source>
        <translation>Modifier la n&amp;ote</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>Modifier les éti&amp;quettes</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>Annotation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Annotation</source>
        <translation>Annotation &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;About Hashiya</source>
        <translation>À &amp;propos de Hashiya</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>Impossible d’ouvrir %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Cannot add %1 to the library:
%2</source>
        <translation>Impossible d’ajouter %1 à la bibliothèque&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The encoding of this file was a guess (%1). If the text looks wrong, reopen it with another encoding.</source>
        <translation>L’encodage de ce fichier a été deviné (%1). Si le texte semble incorrect, rouvrez-le avec un autre encodage.</translation>
    </message>
    <message>
        <source>This document is no longer in the library.</source>
        <translation>Ce document n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1 — Hashiya</source>
        <translation>%1 — Hashiya</translation>
    </message>
    <message>
        <source>This article did not come from a file that can be read again.</source>
        <translation>Cet article ne provient pas d’un fichier qui peut être relu.</translation>
    </message>
    <message>
        <source>Cannot read %1 again.</source>
        <translation>Impossible de relire %1.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open an article with File › Open or drop it here.</source>
        <translation>Ouvrez un article avec Fichier › Ouvrir ou déposez-le ici.</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Highlight as %1</source>
        <translation>Surligner comme %1</translation>
    </message>
    <message>
        <source>Open the article the file is a new version of first.</source>
        <translation>Ouvrez d’abord l’article dont le fichier est une nouvelle version.</translation>
    </message>
    <message>
        <source>Cannot add %1 as a new version:
%2</source>
        <translation>Impossible d’ajouter %1 comme nouvelle version&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Import as New Version of “%1”</source>
        <translation>Importer comme nouvelle version de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This is a new version of the article: %1, %2, %3.</source>
        <translation>Ceci est une nouvelle version de l’article&#xa0;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) kept</source>
        <translation>
            <numerusform>%n annotation conservée</numerusform>
            <numerusform>%n annotations conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orpheline</numerusform>
            <numerusform>%n orphelines</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphaned annotations keep their quote and note: select the passage and choose Attach Here.</source>
        <translation>Les annotations orphelines gardent leur citation et leur note&#xa0;: sélectionnez le passage et choisissez Rattacher ici.</translation>
    </message>
    <message>
        <source>Version %1, imported %2</source>
        <translation>Version %1, importée le %2</translation>
    </message>
    <message>
        <source>This is an earlier version of the article, kept for reference; its annotations are on the latest version.</source>
        <translation>Ceci est une version antérieure de l’article, gardée pour référence&#x202f;; ses annotations sont sur la dernière version.</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préfér&amp;ences…</translation>
    </message>
</context>
<context>
    <name>hashiya::MarkdownExporter</name>
    <message>
        <source>*(This passage is no longer found in the text.)*</source>
        <translation>*(Ce passage ne se trouve plus dans le texte.)*</translation>
    </message>
    <message>
        <source>*No annotations.*</source>
        <translation>*Aucune annotation.*</translation>
    </message>
</context>
<context>
    <name>hashiya::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save the note and return to the article</source>
        <translation>Enregistrer la note et revenir à l’article</translation>
    </message>
    <message>
        <source>Save the note and go to the tags</source>
        <translation>Enregistrer la note et passer aux étiquettes</translation>
    </message>
</context>
<context>
    <name>hashiya::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
</context>
<context>
    <name>hashiya::PreferencesGeneralPage</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation>Utiliser l’emplacement par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Switch to it now</source>
        <translation>&amp;Y passer maintenant</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language applies when Hashiya starts again.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Hashiya.</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Fichier de la bibliothèque</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Ouverte actuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>a temporary library in memory</source>
        <translation>une bibliothèque temporaire en mémoire</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Library &amp;file Hashiya opens:</source>
        <translation>&amp;Fichier de bibliothèque qu’ouvre Hashiya&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>The default location</source>
        <translation>L’emplacement par défaut</translation>
    </message>
    <message>
        <source>Hashiya libraries (*.sqlite);;All files (*)</source>
        <translation>Bibliothèques Hashiya (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>“%1” already exists. To use it, choose Open Library; for a new library, choose a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Pour l’utiliser, choisissez Ouvrir une bibliothèque&#x202f;; pour une nouvelle bibliothèque, choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as the library, so Hashiya keeps using the one open now.
%2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de bibliothèque&#xa0;: Hashiya continue d’utiliser celle qui est ouverte.
%2</translation>
    </message>
</context>
<context>
    <name>hashiya::PreferencesReadingPage</name>
    <message>
        <source>Only fonts that write &amp;Arabic</source>
        <translation>Uniquement les polices qui écrivent l’&amp;arabe</translation>
    </message>
    <message>
        <source>Article font</source>
        <translation>Police de l’article</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Text width</source>
        <translation>Largeur du texte</translation>
    </message>
    <message>
        <source>Comfortable (about 42 em)</source>
        <translation>Confortable (environ 42 em)</translation>
    </message>
    <message>
        <source>Fit the window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Custom text width in em</source>
        <translation>Largeur de texte personnalisée en em</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Interligne&#xa0;:</translation>
    </message>
    <message>
        <source>Text &amp;width:</source>
        <translation>&amp;Largeur du texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>hashiya::PreferencesStylesPage</name>
    <message>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Highlight styles</source>
        <translation>Styles de surlignage</translation>
    </message>
    <message>
        <source>&amp;Styles, in the order of their shortcuts:</source>
        <translation>&amp;Styles, dans l’ordre de leurs raccourcis&#xa0;:</translation>
    </message>
    <message>
        <source>Ctrl+1 applies the first style, Ctrl+2 the second, and so on up to Ctrl+9. Drag a style or use Move Up and Move Down to change the order.</source>
        <translation>Ctrl+1 applique le premier style, Ctrl+2 le deuxième, et ainsi de suite jusqu’à Ctrl+9. Faites glisser un style ou utilisez Monter et Descendre pour changer l’ordre.</translation>
    </message>
    <message>
        <source>Highlight Styles</source>
        <translation>Styles de surlignage</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>No shortcut</source>
        <translation>Aucun raccourci</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>Nouveau style</translation>
    </message>
    <message>
        <source>New style %1</source>
        <translation>Nouveau style %1</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete the highlight style “%1”?</source>
        <translation>Supprimer le style de surlignage «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>No annotation uses it.</source>
        <translation>Aucune annotation ne l’utilise.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) use it. They are kept: when you apply the change, they move to the first style, “%1”.</source>
        <translation>
            <numerusform>%n annotation l’utilise. Elle est conservée&#xa0;: quand vous appliquez la modification, elle passe au premier style, «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n annotations l’utilisent. Elles sont conservées&#xa0;: quand vous appliquez la modification, elles passent au premier style, «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Highlight Style</source>
        <translation>Supprimer le style de surlignage</translation>
    </message>
    <message>
        <source>Delete Style</source>
        <translation>Supprimer le style</translation>
    </message>
    <message>
        <source>The highlight styles were not saved: %1</source>
        <translation>Les styles de surlignage n’ont pas été enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::PrintController</name>
    <message>
        <source>Open an article first.</source>
        <translation>Ouvrez d’abord un article.</translation>
    </message>
    <message>
        <source>Printing is already going on.</source>
        <translation>Une impression est déjà en cours.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Imprimer l’article</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>hashiya::PrintJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Impossible de démarrer l’impression.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Échec de l’impression.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) printed.</source>
        <translation>
            <numerusform>%n page imprimée.</numerusform>
            <numerusform>%n pages imprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing failed on page %1.</source>
        <translation>Échec de l’impression à la page %1.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
</context>
<context>
    <name>hashiya::QdeProjectWriter</name>
    <message>
        <source>Not anchored: “%1”</source>
        <translation>Non ancrée&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>hashiya::RawStatement</name>
    <message>
        <source>The library&apos;s connection is not an SQLite connection.</source>
        <translation>La connexion de la bibliothèque n’est pas une connexion SQLite.</translation>
    </message>
</context>
<context>
    <name>hashiya::SchemaMigration</name>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>L’étape de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>hashiya::SearchIndex</name>
    <message>
        <source>Cannot search the library: %1</source>
        <translation>Impossible de rechercher dans la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index: %1</source>
        <translation>Impossible de reconstruire l’index de recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search index is incomplete.</source>
        <translation>L’index de recherche est incomplet.</translation>
    </message>
</context>
<context>
    <name>hashiya::SearchIndexer</name>
    <message>
        <source>The annotation is no longer in the library.</source>
        <translation>L’annotation n’est plus dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>hashiya::ShortcutsDialog</name>
    <message>
        <source>%1 › %2</source>
        <extracomment>A submenu under its menu in Help › Keyboard Shortcuts: &quot;File › Open Recent&quot;.</extracomment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between two shortcuts of one command: &quot;Ctrl+Y, Ctrl+Shift+Z&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Other commands</source>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>Dans l’article</translation>
    </message>
    <message>
        <source>In the find bar</source>
        <translation>Dans la barre de recherche</translation>
    </message>
    <message>
        <source>In the note</source>
        <translation>Dans la note</translation>
    </message>
    <message>
        <source>In the tag field</source>
        <translation>Dans le champ des étiquettes</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Type part of a command or a key</source>
        <translation>Tapez une partie d’une commande ou d’une touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>hashiya::StyleRepository</name>
    <message>
        <source>This highlight style no longer exists.</source>
        <translation>Ce style de surlignage n’existe plus.</translation>
    </message>
    <message>
        <source>The new order must name every highlight style once.</source>
        <translation>Le nouvel ordre doit nommer chaque style de surlignage une fois.</translation>
    </message>
    <message>
        <source>The annotations of a removed style need another style to move to.</source>
        <translation>Les annotations d’un style supprimé ont besoin d’un autre style où aller.</translation>
    </message>
    <message>
        <source>The library is read-only: highlight styles cannot be changed.</source>
        <translation>La bibliothèque est en lecture seule&#xa0;: les styles de surlignage ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>There must be at least one highlight style.</source>
        <translation>Il doit rester au moins un style de surlignage.</translation>
    </message>
    <message>
        <source>A highlight style needs a name.</source>
        <translation>Un style de surlignage doit avoir un nom.</translation>
    </message>
    <message>
        <source>The highlight style “%1” needs a colour.</source>
        <translation>Le style de surlignage «&#xa0;%1&#xa0;» doit avoir une couleur.</translation>
    </message>
    <message>
        <source>Two highlight styles are called “%1”: give each its own name.</source>
        <translation>Deux styles de surlignage s’appellent «&#xa0;%1&#xa0;»&#xa0;: donnez à chacun son propre nom.</translation>
    </message>
    <message>
        <source>The highlight style “%1” no longer exists.</source>
        <translation>Le style de surlignage «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
</context>
<context>
    <name>hashiya::StyleStore</name>
    <message>
        <source>A highlight style needs a name and a colour.</source>
        <translation>Un style de surlignage doit avoir un nom et une couleur.</translation>
    </message>
    <message>
        <source>No such highlight style.</source>
        <translation>Aucun style de surlignage de ce type.</translation>
    </message>
</context>
<context>
    <name>hashiya::TagChip</name>
    <message>
        <source>Tag %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
</context>
<context>
    <name>hashiya::TagEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Add the typed tag</source>
        <translation>Ajouter l’étiquette saisie</translation>
    </message>
    <message>
        <source>Remove the last tag (in an empty field)</source>
        <translation>Retirer la dernière étiquette (dans un champ vide)</translation>
    </message>
    <message>
        <source>Leave the tag field and return to the article</source>
        <translation>Quitter le champ des étiquettes et revenir à l’article</translation>
    </message>
</context>
<context>
    <name>hashiya::TextDecoder</name>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation>Encodage inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The text could not be decoded as %1: %2.</source>
        <translation>Le texte n’a pas pu être décodé en %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The page says it is %1, but its bytes do not read as %1; it was read as %2.</source>
        <translation>La page se dit en %1, mais ses octets ne se lisent pas en %1&#x202f;; elle a été lue en %2.</translation>
    </message>
</context>
<context>
    <name>hashiya::Theme</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
</context>
<context>
    <name>hashiya::Transaction</name>
    <message>
        <source>No transaction is active.</source>
        <translation>Aucune transaction n’est active.</translation>
    </message>
</context>
<context>
    <name>hashiya::W3cJsonImporter</name>
    <message>
        <source>imported %1, already present %2, not anchored %3</source>
        <translation>importées %1, déjà présentes %2, non ancrées %3</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1&#xa0;: %2. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cannot write to the library</source>
        <translation>Impossible d’écrire dans la bibliothèque</translation>
    </message>
    <message>
        <source>Cannot read the library</source>
        <translation>Impossible de lire la bibliothèque</translation>
    </message>
    <message>
        <source>Cannot read the library&apos;s documents</source>
        <translation>Impossible de lire les documents de la bibliothèque</translation>
    </message>
    <message>
        <source>Cannot read a document of the library</source>
        <translation>Impossible de lire un document de la bibliothèque</translation>
    </message>
    <message>
        <source>Cannot store annotation %1</source>
        <translation>Impossible d’enregistrer l’annotation %1</translation>
    </message>
    <message>
        <source>Cannot index the imported annotations for search</source>
        <translation>Impossible d’indexer les annotations importées pour la recherche</translation>
    </message>
    <message>
        <source>A document left the library.</source>
        <translation>Un document a quitté la bibliothèque.</translation>
    </message>
    <message>
        <source>no document: its target has no source and no quote to look for</source>
        <translation>aucun document&#xa0;: sa cible n’a ni source ni citation à chercher</translation>
    </message>
    <message>
        <source>no document in the library is %1, and there is no quote to look for</source>
        <translation>aucun document de la bibliothèque n’est %1, et il n’y a pas de citation à chercher</translation>
    </message>
    <message numerus="yes">
        <source>its position %1–%2 is past the end of the document (%n character(s))</source>
        <translation>
            <numerusform>sa position %1–%2 dépasse la fin du document (%n caractère)</numerusform>
            <numerusform>sa position %1–%2 dépasse la fin du document (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>its position range is empty</source>
        <translation>sa plage de positions est vide</translation>
    </message>
    <message>
        <source>its quote is not in the document</source>
        <translation>sa citation n’est pas dans le document</translation>
    </message>
    <message>
        <source>, and its quote is not in the document</source>
        <translation>, et sa citation n’est pas dans le document</translation>
    </message>
    <message>
        <source>its quote occurs more than %1 times in the document</source>
        <translation>sa citation apparaît plus de %1 fois dans le document</translation>
    </message>
    <message numerus="yes">
        <source>its quote occurs %n time(s) in the document and its context does not tell which</source>
        <translation>
            <numerusform>sa citation apparaît %n fois dans le document et son contexte ne dit pas laquelle</numerusform>
            <numerusform>sa citation apparaît %n fois dans le document et son contexte ne dit pas laquelle</numerusform>
        </translation>
    </message>
    <message>
        <source>its quote occurs more than %1 times in the library</source>
        <translation>sa citation apparaît plus de %1 fois dans la bibliothèque</translation>
    </message>
    <message>
        <source>no document is %1 and </source>
        <translation>aucun document n’est %1 et </translation>
    </message>
    <message>
        <source>its quote is in no document of the library</source>
        <translation>sa citation n’est dans aucun document de la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>its quote occurs %n time(s) in the library and its context does not tell which</source>
        <translation>
            <numerusform>sa citation apparaît %n fois dans la bibliothèque et son contexte ne dit pas laquelle</numerusform>
            <numerusform>sa citation apparaît %n fois dans la bibliothèque et son contexte ne dit pas laquelle</numerusform>
        </translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>une valeur vrai/faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>position %1 is %2, not a number</source>
        <translation>la position %1 est %2, pas un nombre</translation>
    </message>
    <message>
        <source>position %1 (%2) is not a whole number</source>
        <translation>la position %1 (%2) n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>position %1 (%2) is negative</source>
        <translation>la position %1 (%2) est négative</translation>
    </message>
    <message>
        <source>position %1 (%2) is too large</source>
        <translation>la position %1 (%2) est trop grande</translation>
    </message>
    <message>
        <source>The collection refers to its pages by address (%1); only collections with their pages embedded can be imported.</source>
        <translation>La collection désigne ses pages par une adresse (%1)&#x202f;; seules les collections dont les pages sont incluses peuvent être importées.</translation>
    </message>
    <message>
        <source>The collection has no embedded first page of annotations.</source>
        <translation>La collection ne contient pas de première page d’annotations.</translation>
    </message>
    <message>
        <source>An annotation page has no list of items.</source>
        <translation>Une page d’annotations n’a pas de liste d’éléments.</translation>
    </message>
    <message>
        <source>The annotations continue on a page given by address (%1); only embedded pages can be imported.</source>
        <translation>Les annotations continuent sur une page donnée par une adresse (%1)&#x202f;; seules les pages incluses peuvent être importées.</translation>
    </message>
    <message>
        <source>item %1 is %2, not an annotation object</source>
        <translation>l’élément %1 est %2, pas un objet annotation</translation>
    </message>
    <message>
        <source>its id is %1, not a string</source>
        <translation>son identifiant est %1, pas une chaîne</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>il n’a pas de cible</translation>
    </message>
    <message>
        <source>its target is a whole resource (%1), not a passage</source>
        <translation>sa cible est une ressource entière (%1), pas un passage</translation>
    </message>
    <message>
        <source>none of its targets names a passage</source>
        <translation>aucune de ses cibles ne désigne un passage</translation>
    </message>
    <message>
        <source>its target is %1</source>
        <translation>sa cible est %1</translation>
    </message>
    <message>
        <source>its position range is reversed (start %1 &gt; end %2)</source>
        <translation>sa plage de positions est inversée (début %1 &gt; fin %2)</translation>
    </message>
</context>
</TS>
