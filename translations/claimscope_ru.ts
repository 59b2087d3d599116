<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalysisText</name>
    <message numerus="yes">
        <source>speaker %1: %2, %Ln mention(s)</source>
        <translation>
            <numerusform>автор высказывания %1: %2, %Ln упоминание</numerusform>
            <numerusform>автор высказывания %1: %2, %Ln упоминания</numerusform>
            <numerusform>автор высказывания %1: %2, %Ln упоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>quote [%1–%2] %3: “%4”</source>
        <translation>цитата [%1–%2] %3: «%4»</translation>
    </message>
    <message>
        <source>claim [%1–%2] %3: %4</source>
        <translation>утверждение [%1–%2] %3: %4</translation>
    </message>
    <message>
        <source>figure [%1–%2] %3 = %4 %5</source>
        <translation>цифра [%1–%2] %3 = %4 %5</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>“%1”: highlighting failed: %2</source>
        <translation>«%1»: подсветка не удалась: %2</translation>
    </message>
    <message>
        <source>Find speakers, quotes, claims, figures and stances in files.</source>
        <translation>Найти в файлах авторов высказываний, цитаты, утверждения, цифры и позиции.</translation>
    </message>
    <message>
        <source>Output format: json, csv or text.</source>
        <translation>Формат вывода: json, csv или text.</translation>
    </message>
    <message>
        <source>Files to analyse.</source>
        <translation>Файлы для анализа.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>ФАЙЛ…</translation>
    </message>
    <message>
        <source>claimscope analyze: unknown format “%1”; use json, csv or text</source>
        <translation>claimscope analyze: неизвестный формат «%1»; допустимы json, csv и text</translation>
    </message>
    <message>
        <source>claimscope analyze: no file given</source>
        <translation>claimscope analyze: не указан ни один файл</translation>
    </message>
    <message>
        <source>Score the analysis against gold annotations.</source>
        <translation>Оценить анализ по эталонной разметке.</translation>
    </message>
    <message>
        <source>Folder of documents with gold annotations.</source>
        <translation>Папка с документами и эталонной разметкой.</translation>
    </message>
    <message>
        <source>claimscope eval: --gold DIR is required</source>
        <translation>claimscope eval: нужно указать --gold ПАПКА</translation>
    </message>
    <message>
        <source>claimscope eval: no gold annotations in “%1”</source>
        <translation>claimscope eval: в «%1» нет эталонной разметки</translation>
    </message>
</context>
<context>
    <name>AnnotatedPdfExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>Не удалось записать %1: это папка.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder does not exist.</source>
        <translation>Не удалось записать %1: папка не существует.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>AnnotationMarks</name>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>figure value, unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>автор не указан</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>Speaker mention</source>
        <translation>Упоминание автора</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the text of the open source</source>
        <translation>Искать в тексте текущего источника</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;следующее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;предыдущее</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Сбросить масштаб</translation>
    </message>
    <message>
        <source>&amp;About Claimscope</source>
        <translation>&amp;О программе Claimscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Создать пустой файл проекта</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open a Claimscope project</source>
        <translation>Открыть проект Claimscope</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and go on working in the copy</source>
        <translation>Скопировать проект в новый файл и продолжить работу в копии</translation>
    </message>
    <message>
        <source>&amp;Import Sources…</source>
        <translation>&amp;Импортировать источники…</translation>
    </message>
    <message>
        <source>Add text, Markdown or HTML files to the project and analyse them</source>
        <translation>Добавить в проект текстовые файлы, файлы Markdown или HTML и проанализировать их</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <source>Add every source file in a folder and its subfolders</source>
        <translation>Добавить все файлы источников из папки и её подпапок</translation>
    </message>
    <message>
        <source>&amp;Analyse All Sources Again</source>
        <translation>Повторно &amp;проанализировать все источники</translation>
    </message>
    <message>
        <source>Analyse every source with the project’s speakers and aliases; your own and edited annotations stay</source>
        <translation>Проанализировать каждый источник заново с авторами высказываний и вариантами имён из проекта; ваши и изменённые вами пометки сохранятся</translation>
    </message>
    <message>
        <source>Write the sources as a PDF with their highlights, the speakers in the margin, the charts, an index and bookmarks</source>
        <translation>Сохранить источники в PDF с подсветкой, авторами высказываний на полях, диаграммами, указателем и закладками</translation>
    </message>
    <message>
        <source>Annotated &amp;PDF…</source>
        <translation>&amp;PDF с пометками…</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 (sources differ)</source>
        <translation>%1 (источники расходятся)</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (задано вручную)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>Нет диаграммы для экспорта.</translation>
    </message>
    <message>
        <source>The chart is too large to export as an image.</source>
        <translation>Диаграмма слишком велика для экспорта в виде изображения.</translation>
    </message>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation>Не удалось сохранить диаграмму в формате PNG.</translation>
    </message>
    <message>
        <source>Exported from Claimscope</source>
        <translation>Экспортировано из Claimscope</translation>
    </message>
    <message>
        <source>The chart could not be drawn as SVG.</source>
        <translation>Не удалось построить диаграмму в формате SVG.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1, written “%2”</source>
        <comment>a figure&apos;s value and its text as the source writes it</comment>
        <translation>%1, в тексте: «%2»</translation>
    </message>
    <message>
        <source>In %1</source>
        <comment>a source&apos;s title</comment>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>In %1, given by %2</source>
        <comment>a source&apos;s title, a speaker&apos;s name</comment>
        <translation>Источник: %1; приводит %2</translation>
    </message>
    <message>
        <source>Another source cites a different value.</source>
        <translation>Другой источник приводит другое значение.</translation>
    </message>
    <message>
        <source>Entered or corrected by a person.</source>
        <translation>Внесено или исправлено человеком.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <comment>speaker, source, value</comment>
        <translation>%1 в источнике «%2»: %3</translation>
    </message>
    <message>
        <source>Score set by a person.</source>
        <translation>Оценка задана человеком.</translation>
    </message>
    <message>
        <source>Figures the sources cite</source>
        <translation>Цифры, которые приводят источники</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Stances on “%1”</source>
        <translation>Позиции по вопросу «%1»</translation>
    </message>
    <message>
        <source>Quotes and claims per speaker</source>
        <translation>Цитаты и утверждения по авторам</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Прочие цифры</translation>
    </message>
    <message>
        <source>Trade turnover</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <source>Share of foreign trade</source>
        <translation>Доля во внешней торговле</translation>
    </message>
    <message>
        <source>Share of oil exports</source>
        <translation>Доля в экспорте нефти</translation>
    </message>
    <message>
        <source>Number of countries</source>
        <translation>Количество стран</translation>
    </message>
    <message>
        <source>Number of states</source>
        <translation>Количество государств</translation>
    </message>
    <message>
        <source>billion %1</source>
        <comment>money axis unit; %1 is a currency code such as USD</comment>
        <translation>млрд %1</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>процентные пункты</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>states</source>
        <translation>государства</translation>
    </message>
    <message>
        <source>members</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its currency code: 43.5 billion USD</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 п. п.</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n страна</numerusform>
            <numerusform>%n страны</numerusform>
            <numerusform>%n стран</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n states</source>
        <translation>
            <numerusform>%n государство</numerusform>
            <numerusform>%n государства</numerusform>
            <numerusform>%n государств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>no subject or year</source>
        <translation>без предмета и года</translation>
    </message>
    <message>
        <source>Strongly against</source>
        <translation>Решительно против</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Neutral or mixed</source>
        <translation>Нейтральная или неоднозначная</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Strongly in favour</source>
        <translation>Решительно за</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n утверждение</numerusform>
            <numerusform>%n утверждения</numerusform>
            <numerusform>%n утверждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Другие источники</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n other source(s)</source>
        <comment>a speaker&apos;s name</comment>
        <translation>
            <numerusform>%1 в %n другом источнике</numerusform>
            <numerusform>%1 в %n других источниках</numerusform>
            <numerusform>%1 в %n других источниках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) and claim(s)</source>
        <translation>
            <numerusform>Цитат и утверждений: %n</numerusform>
            <numerusform>Цитат и утверждений: %n</numerusform>
            <numerusform>Цитат и утверждений: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Interface language: en, ru or tr (default: the saved choice, else the system&apos;s).</source>
        <translation>Язык интерфейса: en, ru или tr (по умолчанию — сохранённый выбор, а если его нет — язык системы).</translation>
    </message>
    <message>
        <source>Claimscope shows who said what in the sources you study.</source>
        <translation>Claimscope показывает, кто что сказал в изучаемых вами источниках.</translation>
    </message>
    <message>
        <source>Print the time to the first painted document and quit (for benchmarks).</source>
        <translation>Вывести время до первой отрисовки документа и завершить работу (для замеров производительности).</translation>
    </message>
    <message>
        <source>[FILE…]</source>
        <translation>[ФАЙЛ…]</translation>
    </message>
    <message>
        <source>Save a picture of the window once the first document is shown highlighted, and quit (for documentation).</source>
        <translation>Сохранить снимок окна, когда первый документ будет показан с подсветкой, и завершить работу (для документации).</translation>
    </message>
    <message>
        <source>A project to open and files to import into it; without any, the project used last (or the sample) opens.</source>
        <translation>Проект, который нужно открыть, и файлы для импорта в него; если ничего не указано, откроется последний использованный проект (или демонстрационный).</translation>
    </message>
    <message>
        <source>Always open a window of its own, neither handing files to a running one nor taking them.</source>
        <translation>Всегда открывать собственное окно: не передавать файлы уже запущенному окну и не принимать их.</translation>
    </message>
    <message>
        <source>Print on standard output the files later launches hand over, importing them without asking (for tests).</source>
        <translation>Выводить в стандартный вывод файлы, которые передают последующие запуски, и импортировать их без вопроса (для тестов).</translation>
    </message>
    <message>
        <source>Print what the running window shows, as JSON, and quit (for tests).</source>
        <translation>Вывести в формате JSON, что показывает открытое окно, и завершить работу (для тестов).</translation>
    </message>
    <message>
        <source>claimscope: no Claimscope window is running.</source>
        <translation>claimscope: окно Claimscope не открыто.</translation>
    </message>
    <message>
        <source>Commands (run without a window):
  inspect [--text] FILE…   Import files and report what was read.
  analyze [--format json|csv|text] FILE…
                           Find speakers, quotes, claims and figures.
  eval --gold DIR          Score the analysis against gold annotations.
  export-pdf -o OUT.pdf [--sources LIST] [--page-size a4|letter]
             [--categories LIST] [--no-charts] PROJECT_OR_FILES…
                           Write the annotated PDF of a project, or of files.
  export-qdpx | export-qdc | export-csv | export-json -o OUT PROJECT_OR_FILES…
                           Write a REFI-QDA project or codebook, or the quotes,
                           claims, figures and stances as CSV or JSON.
  import-qdpx -o NEW.claimscope PROJECT.qdpx
                           Make a new project from a REFI-QDA project.</source>
        <translation>Команды (выполняются без окна):
  inspect [--text] ФАЙЛ…   Импортировать файлы и вывести сведения о прочитанном.
  analyze [--format json|csv|text] ФАЙЛ…
                           Найти авторов высказываний, цитаты, утверждения и цифры.
  eval --gold ПАПКА        Оценить анализ по эталонной разметке.
  export-pdf -o ВЫХОД.pdf [--sources СПИСОК] [--page-size a4|letter]
             [--categories СПИСОК] [--no-charts] ПРОЕКТ_ИЛИ_ФАЙЛЫ…
                           Записать PDF с пометками для проекта или файлов.
  export-qdpx | export-qdc | export-csv | export-json -o ВЫХОД ПРОЕКТ_ИЛИ_ФАЙЛЫ…
                           Записать проект или кодовую книгу REFI-QDA либо цитаты,
                           утверждения, цифры и позиции в CSV или JSON.
  import-qdpx -o НОВЫЙ.claimscope ПРОЕКТ.qdpx
                           Создать новый проект из проекта REFI-QDA.</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>an OLE compound file (Word 97–2003?), not DOCX</source>
        <translation>составной файл OLE (Word 97–2003?), а не DOCX</translation>
    </message>
    <message>
        <source>%1: no w:body element</source>
        <translation>%1: нет элемента w:body</translation>
    </message>
</context>
<context>
    <name>EpubImporter</name>
    <message>
        <source>%1: no readable document in the spine</source>
        <translation>%1: в порядке чтения (spine) нет ни одного читаемого документа</translation>
    </message>
    <message>
        <source>%1: no rootfile element</source>
        <translation>%1: нет элемента rootfile</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the annotated PDF of a project, or of files imported and analysed for it, as File → Export Annotated PDF writes it.</source>
        <translation>Записать PDF с пометками для проекта или для файлов, импортированных и проанализированных для него, так же, как это делает команда «Файл → Экспортировать PDF с пометками».</translation>
    </message>
    <message>
        <source>The PDF to write (required).</source>
        <translation>Файл PDF для записи (обязательно).</translation>
    </message>
    <message>
        <source>The sources to export, in this order, separated by commas: numbers (1 is the project&apos;s first source) or exact titles. Default: every source.</source>
        <translation>Источники для экспорта в этом порядке, через запятую: номера (1 — первый источник проекта) или точные заголовки. По умолчанию — все источники.</translation>
    </message>
    <message>
        <source>a4 or letter. Default: from the locale (%1 here).</source>
        <translation>a4 или letter. По умолчанию — по региональным настройкам (здесь %1).</translation>
    </message>
    <message>
        <source>What to highlight and annotate, separated by commas: quote, claim, figure, speaker-mention. Default: quote,claim,figure.</source>
        <translation>Что подсвечивать и помечать, через запятую: quote (цитаты), claim (утверждения), figure (цифры), speaker-mention (упоминания авторов). По умолчанию: quote,claim,figure.</translation>
    </message>
    <message>
        <source>Leave out the charts.</source>
        <translation>Не добавлять диаграммы.</translation>
    </message>
    <message>
        <source>A Claimscope project (opened read-only), or files and folders to import and analyse.</source>
        <translation>Проект Claimscope (открывается только для чтения) или файлы и папки для импорта и анализа.</translation>
    </message>
    <message>
        <source>PROJECT | FILE…</source>
        <translation>ПРОЕКТ | ФАЙЛ…</translation>
    </message>
    <message>
        <source>-o FILE is required: where to write the PDF</source>
        <translation>нужен параметр -o ФАЙЛ: куда записать PDF</translation>
    </message>
    <message>
        <source>no project or file given</source>
        <translation>не указан ни проект, ни файл</translation>
    </message>
    <message>
        <source>unknown page size “%1”; use a4 or letter</source>
        <translation>неизвестный размер страницы «%1»; допустимы a4 и letter</translation>
    </message>
    <message>
        <source>unknown category “%1”; use quote, claim, figure or speaker-mention</source>
        <translation>неизвестная категория «%1»; допустимы quote, claim, figure и speaker-mention</translation>
    </message>
    <message>
        <source>--categories needs at least one category</source>
        <translation>для --categories нужна хотя бы одна категория</translation>
    </message>
    <message>
        <source>--sources holds an empty name</source>
        <translation>в --sources есть пустое название</translation>
    </message>
    <message numerus="yes">
        <source>there is no source %1: the project has %n source(s)</source>
        <translation>
            <numerusform>источника %1 нет: в проекте %n источник</numerusform>
            <numerusform>источника %1 нет: в проекте %n источника</numerusform>
            <numerusform>источника %1 нет: в проекте %n источников</numerusform>
        </translation>
    </message>
    <message>
        <source>no source is titled “%1”</source>
        <translation>нет источника с заголовком «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n sources are titled “%1”; give the number of the one you mean</source>
        <translation>
            <numerusform>заголовок «%1» у %n источника; укажите номер нужного</numerusform>
            <numerusform>заголовок «%1» у %n источников; укажите номер нужного</numerusform>
            <numerusform>заголовок «%1» у %n источников; укажите номер нужного</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesIntoProject</name>
    <message>
        <source>“%1”: highlighting failed: %2</source>
        <translation>«%1»: подсветка не удалась: %2</translation>
    </message>
    <message>
        <source>“%1”: the source could not be added</source>
        <translation>«%1»: не удалось добавить источник</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>не удаётся прочитать файл (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the file is too large (%1); the limit is %2</source>
        <translation>файл слишком большой (%1); допустимо не более %2</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>это двоичный файл, а не текст</translation>
    </message>
    <message>
        <source>this is a binary file (%1), not text</source>
        <translation>это двоичный файл (%1), а не текст</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (first bad byte on line %1)</source>
        <translation>текст не соответствует кодировке UTF-8 (первый недопустимый байт — в строке %1)</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>текст не соответствует кодировке %1</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation>не удалось определить кодировку текста</translation>
    </message>
    <message>
        <source>%1 files cannot be imported yet</source>
        <translation>импорт файлов %1 пока не поддерживается</translation>
    </message>
    <message>
        <source>the file contains no readable text</source>
        <translation>в файле нет читаемого текста</translation>
    </message>
    <message>
        <source>the file is malformed (%1)</source>
        <translation>в структуре файла есть ошибки (%1)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>PDF-файл защищён паролем</translation>
    </message>
    <message>
        <source>the password for this PDF is not correct</source>
        <translation>неверный пароль для этого PDF-файла</translation>
    </message>
    <message>
        <source>the PDF has no text layer, only images (a scanned document?); Claimscope does not recognise text in images</source>
        <translation>в PDF-файле нет текстового слоя, только изображения (отсканированный документ?); Claimscope не распознаёт текст на изображениях</translation>
    </message>
    <message>
        <source>the document is encrypted; save an unencrypted copy and import that</source>
        <translation>документ зашифрован; сохраните незашифрованную копию и импортируйте её</translation>
    </message>
    <message>
        <source>the document is refused as a possible ZIP bomb (%1)</source>
        <translation>документ отклонён как возможная ZIP-бомба (%1)</translation>
    </message>
    <message numerus="yes">
        <source>the PDF has %n page(s); the limit is %1</source>
        <translation>
            <numerusform>в PDF-файле %n страница; допускается не более %1</numerusform>
            <numerusform>в PDF-файле %n страницы; допускается не более %1</numerusform>
            <numerusform>в PDF-файле %n страниц; допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this is a REFI-QDA project; open it with File → Import REFI-QDA Project (or claimscope import-qdpx), which makes a new project of it</source>
        <translation>это проект REFI-QDA; откройте его через «Файл → Импортировать проект REFI-QDA» (или claimscope import-qdpx): из него будет создан новый проект</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Import files as Claimscope would and report what was read.</source>
        <translation>Импортировать файлы так же, как это делает Claimscope, и вывести сведения о прочитанном.</translation>
    </message>
    <message>
        <source>Print the extracted plain text too.</source>
        <translation>Вывести также извлечённый простой текст.</translation>
    </message>
    <message>
        <source>Files to inspect.</source>
        <translation>Файлы для проверки.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>ФАЙЛ…</translation>
    </message>
    <message>
        <source>claimscope inspect: no file given</source>
        <translation>claimscope inspect: не указан ни один файл</translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation>заголовок: %1</translation>
    </message>
    <message>
        <source>format: %1, encoding: %2</source>
        <translation>формат: %1, кодировка: %2</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>язык: %1</translation>
    </message>
    <message>
        <source>author: %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>outlet: %1</source>
        <translation>издание: %1</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>дата: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), with the place of every word on them</source>
        <translation>
            <numerusform>%n страница; известно место каждого слова на ней</numerusform>
            <numerusform>%n страницы; известно место каждого слова на них</numerusform>
            <numerusform>%n страниц; известно место каждого слова на них</numerusform>
        </translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>формат: %1</translation>
    </message>
</context>
<context>
    <name>InterchangeCommands</name>
    <message>
        <source>Write a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo or QualCoder.</source>
        <translation>Записать проект REFI-QDA (.qdpx) для ATLAS.ti, MAXQDA, NVivo или QualCoder.</translation>
    </message>
    <message>
        <source>Write the REFI-QDA codebook (.qdc): the categories and a code per speaker.</source>
        <translation>Записать кодовую книгу REFI-QDA (.qdc): категории и по коду на каждого автора высказываний.</translation>
    </message>
    <message>
        <source>Write the quotes, claims, figures and stances as one CSV table (UTF-8).</source>
        <translation>Записать цитаты, утверждения, цифры и позиции в одну таблицу CSV (UTF-8).</translation>
    </message>
    <message>
        <source>Write the quotes, claims, figures and stances as JSON, with the sources and speakers.</source>
        <translation>Записать цитаты, утверждения, цифры и позиции в JSON вместе с источниками и авторами высказываний.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Файл для записи (обязательно).</translation>
    </message>
    <message>
        <source>A Claimscope project (opened read-only), or files and folders to import and analyse.</source>
        <translation>Проект Claimscope (открывается только для чтения) или файлы и папки для импорта и анализа.</translation>
    </message>
    <message>
        <source>PROJECT | FILE…</source>
        <translation>ПРОЕКТ | ФАЙЛ…</translation>
    </message>
    <message>
        <source>-o FILE is required: where to write the export</source>
        <translation>нужен параметр -o ФАЙЛ: куда записать экспорт</translation>
    </message>
    <message>
        <source>no project or file given</source>
        <translation>не указан ни проект, ни файл</translation>
    </message>
    <message>
        <source>Make a new Claimscope project from a REFI-QDA project (.qdpx): its text sources, the passages coded Quote, Claim, Figure or Speaker mention, and its speakers. What Claimscope has no place for is kept in the project&apos;s notes.</source>
        <translation>Создать новый проект Claimscope из проекта REFI-QDA (.qdpx): его текстовые источники, фрагменты с кодами «Цитата», «Утверждение», «Цифра» или «Упоминание автора» и авторов высказываний. То, чему в Claimscope нет места, сохраняется в заметках проекта.</translation>
    </message>
    <message>
        <source>The new project to write (required; must not exist).</source>
        <translation>Новый проект для записи (обязательно; файла ещё не должно быть).</translation>
    </message>
    <message>
        <source>The REFI-QDA project to read.</source>
        <translation>Проект REFI-QDA, который нужно прочитать.</translation>
    </message>
    <message>
        <source>-o FILE is required: the new project to write</source>
        <translation>нужен параметр -o ФАЙЛ: новый проект для записи</translation>
    </message>
    <message>
        <source>give exactly one .qdpx file</source>
        <translation>укажите ровно один файл .qdpx</translation>
    </message>
    <message>
        <source>“%1” exists already; choose a new file</source>
        <translation>«%1» уже существует; выберите новый файл</translation>
    </message>
    <message>
        <source>Imported into %1: %2</source>
        <translation>Импортировано в %1: %2</translation>
    </message>
    <message>
        <source>kept as a note: %1</source>
        <translation>сохранено в заметках: %1</translation>
    </message>
</context>
<context>
    <name>InterchangeFiles</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>the ZIP package could not be made (error %1)</source>
        <translation>не удалось создать ZIP-пакет (ошибка %1)</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестен</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>%1 trillion</source>
        <translation>%1 трлн</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 млрд</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 млн</translation>
    </message>
</context>
<context>
    <name>OdtImporter</name>
    <message>
        <source>%1: no office:body element</source>
        <translation>%1: нет элемента office:body</translation>
    </message>
</context>
<context>
    <name>PackageXml</name>
    <message>
        <source>%1: a DOCTYPE with declarations</source>
        <translation>%1: DOCTYPE с объявлениями</translation>
    </message>
    <message>
        <source>a DOCTYPE declaration</source>
        <translation>объявление DOCTYPE</translation>
    </message>
    <message>
        <source>an unresolved entity &amp;%1;</source>
        <translation>неразрешённая сущность &amp;%1;</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
</context>
<context>
    <name>PdfAnnotator</name>
    <message>
        <source>The PDF %1 does not exist.</source>
        <translation>Файл PDF %1 не существует.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be read: %2</source>
        <translation>Не удалось прочитать PDF %1: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF.</source>
        <translation>Файл %1 — не PDF.</translation>
    </message>
    <message>
        <source>The PDF %1 is incomplete: the file stops before the end of the document.</source>
        <translation>Файл PDF %1 неполон: он обрывается до конца документа.</translation>
    </message>
    <message>
        <source>the document is locked</source>
        <translation>документ заблокирован</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>файл не удалось открыть</translation>
    </message>
    <message>
        <source>poppler could not save the document</source>
        <translation>poppler не удалось сохранить документ</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The annotated PDF cannot be written over its own input %1.</source>
        <translation>PDF с пометками нельзя записать поверх исходного файла %1.</translation>
    </message>
    <message>
        <source>The PDF %1 is damaged and could not be opened.</source>
        <translation>Файл PDF %1 повреждён, его не удалось открыть.</translation>
    </message>
    <message>
        <source>The PDF %1 is protected by a password.</source>
        <translation>Файл PDF %1 защищён паролем.</translation>
    </message>
    <message numerus="yes">
        <source>An annotation belongs on page %1, but the PDF %2 has %n page(s).</source>
        <translation>
            <numerusform>Пометка должна быть на странице %1, но в PDF %2 %n страница.</numerusform>
            <numerusform>Пометка должна быть на странице %1, но в PDF %2 %n страницы.</numerusform>
            <numerusform>Пометка должна быть на странице %1, но в PDF %2 %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of the PDF %2 is damaged.</source>
        <translation>Страница %1 файла PDF %2 повреждена.</translation>
    </message>
    <message>
        <source>The document information of %1 could not be set.</source>
        <translation>Не удалось записать сведения о документе %1.</translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>not a PDF file</source>
        <translation>это не PDF-файл</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>файл обрезан</translation>
    </message>
</context>
<context>
    <name>PdfLayoutText</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>Writing “%1” failed: %2</source>
        <translation>Ошибка при записи «%1»: %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Проект без названия</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Дата экспорта: %1</translation>
    </message>
    <message>
        <source>Research question</source>
        <translation>Исследовательский вопрос</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) exported</source>
        <translation>
            <numerusform>Экспортирован %n источник</numerusform>
            <numerusform>Экспортировано %n источника</numerusform>
            <numerusform>Экспортировано %n источников</numerusform>
        </translation>
    </message>
    <message>
        <source>How the text is marked</source>
        <translation>Как размечен текст</translation>
    </message>
    <message>
        <source>“quoted words”</source>
        <comment>legend sample of a quote</comment>
        <translation>«слова в кавычках»</translation>
    </message>
    <message>
        <source>reported words</source>
        <comment>legend sample of a claim</comment>
        <translation>пересказанные слова</translation>
    </message>
    <message>
        <source>43.5 billion</source>
        <comment>legend sample of a figure</comment>
        <translation>43,5 млрд</translation>
    </message>
    <message>
        <source>a speaker’s name</source>
        <comment>legend sample of a speaker mention</comment>
        <translation>имя автора</translation>
    </message>
    <message>
        <source>Quote: a speaker’s own words, tinted in the speaker’s colour (grey when nobody is attributed).</source>
        <translation>Цитата: собственные слова автора высказывания, на фоне цвета автора (серого, если автор не указан).</translation>
    </message>
    <message>
        <source>Claim: what a speaker is reported to say, in a fainter tint with a dashed underline.</source>
        <translation>Утверждение: слова автора в пересказе, на более бледном фоне, подчёркнуты пунктиром.</translation>
    </message>
    <message>
        <source>Figure: a number the source cites, in bold amber; its value as Claimscope reads it stands in the margin.</source>
        <translation>Цифра: число, которое приводит источник, жирным янтарным шрифтом; значение, как его понимает Claimscope, указано на полях.</translation>
    </message>
    <message>
        <source>Speaker mention: a person named, in bold, underlined in the speaker’s colour.</source>
        <translation>Упоминание автора: названное лицо, жирным шрифтом, подчёркнуто цветом автора.</translation>
    </message>
    <message>
        <source>The right margin names the speaker of each quote and claim, gives the value of each figure and the stance a passage carries; a line beside the text marks the passages a stance rests on.</source>
        <translation>На правом поле указаны автор каждой цитаты и утверждения, значение каждой цифры и позиция, которую выражает фрагмент; линия рядом с текстом отмечает фрагменты, на которых основана позиция.</translation>
    </message>
    <message>
        <source>Speakers and their colours</source>
        <translation>Авторы высказываний и их цвета</translation>
    </message>
    <message>
        <source>No speaker appears in the exported sources.</source>
        <translation>В экспортированных источниках нет авторов высказываний.</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator of a source&apos;s outlet, author, date and language</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Источник без заголовка</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>Позиция: %1</translation>
    </message>
    <message>
        <source>Stance of %1: %2</source>
        <comment>speaker, score</comment>
        <translation>Позиция (%1): %2</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>автор не указан</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator of a mark&apos;s kind, value and speaker</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Авторы высказываний</translation>
    </message>
    <message>
        <source>Bars are coloured by source:</source>
        <translation>Цвет столбца — источник:</translation>
    </message>
    <message>
        <source>Bars are coloured by speaker:</source>
        <translation>Цвет столбца — автор высказывания:</translation>
    </message>
    <message>
        <source>%1 of %2 sources are drawn, those with the most bars.</source>
        <translation>Источников всего: %2; показаны %1 с наибольшим числом столбцов.</translation>
    </message>
    <message>
        <source>%1 of %2 speakers are drawn, those with the most bars.</source>
        <translation>Авторов высказываний всего: %2; показаны %1 с наибольшим числом столбцов.</translation>
    </message>
    <message>
        <source>%1 of %2 measures are drawn.</source>
        <translation>Показателей всего: %2; показаны %1.</translation>
    </message>
    <message>
        <source>Index of speakers</source>
        <translation>Указатель авторов высказываний</translation>
    </message>
    <message>
        <source>Every speaker quoted or reported in the exported sources, with the pages where they are.</source>
        <translation>Все авторы, чьи слова цитируются или пересказываются в экспортированных источниках, со страницами, где они встречаются.</translation>
    </message>
    <message>
        <source>Nobody is quoted or reported in the exported sources.</source>
        <translation>В экспортированных источниках никто не цитируется и не пересказывается.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of page numbers in the index of speakers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Original PDF, %n page(s)</source>
        <comment>header of a source shown by its own pages</comment>
        <translation>
            <numerusform>Исходный PDF, %n страница</numerusform>
            <numerusform>Исходный PDF, %n страницы</numerusform>
            <numerusform>Исходный PDF, %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted on the pages that follow:</source>
        <comment>followed by the names of the kinds, on their tints</comment>
        <translation>На следующих страницах подсвечены:</translation>
    </message>
    <message>
        <source>— quotes and claims in their speaker’s colour. Open a highlight for its speaker, the figure’s value and the stance the passage carries.</source>
        <translation>— цитаты и утверждения в цвете их автора. Откройте подсветку, чтобы увидеть автора высказывания, значение цифры и позицию, которую выражает фрагмент.</translation>
    </message>
    <message>
        <source>Typeset from the imported text: where its words lie on the original pages was not kept.</source>
        <translation>Набрано по импортированному тексту: расположение слов на исходных страницах не сохранено.</translation>
    </message>
    <message>
        <source>Typeset from the imported text: the project does not keep the original PDF (a PDF opened with a password is not kept).</source>
        <translation>Набрано по импортированному тексту: в проекте нет исходного PDF (PDF, открытый с паролем, не сохраняется).</translation>
    </message>
    <message>
        <source>Typeset from the imported text: the original PDF could not be read.</source>
        <translation>Набрано по импортированному тексту: исходный PDF не удалось прочитать.</translation>
    </message>
    <message>
        <source>Typeset from the imported text: the original PDF’s pages are not those the text was read from.</source>
        <translation>Набрано по импортированному тексту: страницы исходного PDF не совпадают с теми, из которых был прочитан текст.</translation>
    </message>
</context>
<context>
    <name>PdfOriginalPages</name>
    <message>
        <source>The PDF %1 does not exist.</source>
        <translation>Файл PDF %1 не существует.</translation>
    </message>
    <message>
        <source>The PDF with the original pages cannot be written over its own input %1.</source>
        <translation>PDF с исходными страницами нельзя записать поверх его же исходного файла %1.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be read: %2</source>
        <translation>Не удалось прочитать файл PDF %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The original pages of a source belong after page %1, but the PDF %2 has %n page(s).</source>
        <translation>
            <numerusform>Исходные страницы источника должны идти после страницы %1, но в файле PDF %2 всего %n страница.</numerusform>
            <numerusform>Исходные страницы источника должны идти после страницы %1, но в файле PDF %2 всего %n страницы.</numerusform>
            <numerusform>Исходные страницы источника должны идти после страницы %1, но в файле PDF %2 всего %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>The original PDF %1 could not be read: %2</source>
        <translation>Не удалось прочитать исходный файл PDF %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The original PDF %1 has %n page(s), not the %2 expected.</source>
        <translation>
            <numerusform>В исходном файле PDF %1 %n страница, а ожидалось %2.</numerusform>
            <numerusform>В исходном файле PDF %1 %n страницы, а ожидалось %2.</numerusform>
            <numerusform>В исходном файле PDF %1 %n страниц, а ожидалось %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages of the original PDF %1 could not be copied: %2</source>
        <translation>Не удалось скопировать страницы исходного файла PDF %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message>
        <source>The PDF %1 does not exist.</source>
        <translation>Файл PDF %1 не существует.</translation>
    </message>
    <message>
        <source>The PDF with its outline cannot be written over its own input %1.</source>
        <translation>PDF с закладками нельзя записать поверх исходного файла %1.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be read: %2</source>
        <translation>Не удалось прочитать PDF %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The outline entry “%1” points to page %2, but the PDF %3 has %n page(s).</source>
        <translation>
            <numerusform>Закладка «%1» ведёт на страницу %2, но в PDF %3 %n страница.</numerusform>
            <numerusform>Закладка «%1» ведёт на страницу %2, но в PDF %3 %n страницы.</numerusform>
            <numerusform>Закладка «%1» ведёт на страницу %2, но в PDF %3 %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Mark as Quote</source>
        <translation>Пометить как цитату</translation>
    </message>
    <message>
        <source>Mark as Claim</source>
        <translation>Пометить как утверждение</translation>
    </message>
    <message>
        <source>Mark as Figure</source>
        <translation>Пометить как цифру</translation>
    </message>
    <message>
        <source>Mark as Speaker Mention</source>
        <translation>Пометить как упоминание автора</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Изменить пометку</translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>Изменить тип пометки</translation>
    </message>
    <message>
        <source>Clear Speaker</source>
        <translation>Убрать автора высказывания</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Сменить автора высказывания</translation>
    </message>
    <message>
        <source>Change Cue</source>
        <translation>Изменить маркер речи</translation>
    </message>
    <message>
        <source>Edit Figure</source>
        <translation>Изменить цифру</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Изменить примечание</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Удалить пометку</translation>
    </message>
    <message>
        <source>Set Stance</source>
        <translation>Задать позицию</translation>
    </message>
    <message>
        <source>Add Speaker</source>
        <translation>Добавить автора высказывания</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>Переименовать автора высказывания</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Добавить вариант имени</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Удалить вариант имени</translation>
    </message>
    <message>
        <source>Merge Speakers</source>
        <translation>Объединить авторов высказываний</translation>
    </message>
</context>
<context>
    <name>ProjectInput</name>
    <message>
        <source>the lexicon&apos;s speakers could not be added</source>
        <translation>не удалось добавить авторов высказываний из словаря</translation>
    </message>
    <message>
        <source>no file to import in %1</source>
        <translation>в %1 нет файлов для импорта</translation>
    </message>
    <message>
        <source>give one project, or files to import, not both</source>
        <translation>укажите либо один проект, либо файлы для импорта, но не то и другое</translation>
    </message>
    <message>
        <source>the output would replace “%1”; choose another -o</source>
        <translation>результат заменил бы «%1»; укажите другой -o</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>Файла «%1» не существует.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a special file, not a Claimscope project.</source>
        <translation>«%1» — папка или специальный файл, а не проект Claimscope.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a Claimscope project.</source>
        <translation>Файл «%1» пуст; это не проект Claimscope.</translation>
    </message>
    <message>
        <source>“%1” is not a Claimscope project.</source>
        <translation>Файл «%1» не является проектом Claimscope.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Claimscope project.</source>
        <translation>Файл «%1» — база данных другой программы, а не проект Claimscope.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program: it contains database triggers, views or virtual tables (%2), which Claimscope never writes. For your safety it is not opened.</source>
        <translation>Файл «%1» изменён другой программой: в нём есть триггеры, представления или виртуальные таблицы базы данных (%2), которых Claimscope никогда не создаёт. Ради вашей безопасности он не открыт.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>Не удаётся прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is incomplete: the file is shorter than its contents say. It may have been cut off while it was copied or downloaded.</source>
        <translation>Файл «%1» неполон: он короче, чем следует из его содержимого. Возможно, он оборвался при копировании или загрузке.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). If you have a copy of it, open the copy.</source>
        <translation>Файл «%1» повреждён и не может быть открыт (%2). Если у вас есть его копия, откройте её.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Claimscope (project format %2; this version reads formats up to %3). Update Claimscope to open it.</source>
        <translation>Файл «%1» сохранён более новой версией Claimscope (формат проекта %2; эта версия читает форматы до %3). Чтобы открыть его, обновите Claimscope.</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another Claimscope window or program. You can open it read-only until it is closed there.</source>
        <translation>Проект «%1» открыт для редактирования в другом окне Claimscope или в другой программе. Пока он там не закрыт, его можно открыть только для чтения.</translation>
    </message>
    <message>
        <source>“%1” cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>Проект «%1» нельзя изменить: файл или его папка доступны только для чтения. Его можно открыть только для чтения.</translation>
    </message>
    <message>
        <source>“%1” was not closed properly, and its last unfinished change has to be undone before it can be read. Open it once in a folder where you may write.</source>
        <translation>Проект «%1» не был закрыт как следует: прежде чем его читать, нужно отменить его последнее незавершённое изменение. Откройте его один раз в папке, где у вас есть право записи.</translation>
    </message>
    <message>
        <source>“%1” is open read-only; the change was not saved.</source>
        <translation>Проект «%1» открыт только для чтения; изменение не сохранено.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>Файл «%1» уже существует.</translation>
    </message>
    <message>
        <source>“%1” could not be brought up to date for this version of Claimscope (%2). A copy of the file as it was is kept beside it.</source>
        <translation>Не удалось обновить проект «%1» для этой версии Claimscope (%2). Рядом с ним сохранена копия файла в прежнем виде.</translation>
    </message>
    <message>
        <source>Claimscope could not save to “%1”: %2.</source>
        <translation>Claimscope не удалось сохранить «%1»: %2.</translation>
    </message>
    <message>
        <source>Claimscope cannot open “%1”: Qt’s SQLite driver is not installed.</source>
        <translation>Claimscope не может открыть «%1»: не установлен драйвер SQLite для Qt.</translation>
    </message>
</context>
<context>
    <name>RefiCodebook</name>
    <message>
        <source>Direct speech: the words inside the quotation marks. The child codes name the speaker.</source>
        <translation>Прямая речь: слова в кавычках. Дочерние коды называют автора высказывания.</translation>
    </message>
    <message>
        <source>Reported speech: what someone is said to have said or claimed. The child codes name the speaker.</source>
        <translation>Косвенная речь: что, по сообщению, кто-то сказал или утверждал. Дочерние коды называют автора высказывания.</translation>
    </message>
    <message>
        <source>A figure the text cites, with its value and unit in a linked note. The child codes name the speaker it is quoted from.</source>
        <translation>Цифра, которую приводит текст; значение и единица — в связанной заметке. Дочерние коды называют автора высказывания, у которого она приведена.</translation>
    </message>
    <message>
        <source>A place where the text names a speaker. The child codes name the speaker.</source>
        <translation>Место, где текст называет автора высказывания. Дочерние коды называют этого автора.</translation>
    </message>
</context>
<context>
    <name>RefiImport</name>
    <message>
        <source>the project holds no text source that could be read</source>
        <translation>в проекте нет ни одного текстового источника, который удалось бы прочитать</translation>
    </message>
    <message>
        <source>text source “%1” refers to a file outside the package (%2); it was not read</source>
        <translation>текстовый источник «%1» ссылается на файл вне пакета (%2); он не прочитан</translation>
    </message>
    <message>
        <source>text source “%1” could not be read: %2</source>
        <translation>не удалось прочитать текстовый источник «%1»: %2</translation>
    </message>
    <message>
        <source>text source “%1” is not valid UTF-8; it was not imported</source>
        <translation>текстовый источник «%1» — не корректный UTF-8; он не импортирован</translation>
    </message>
    <message>
        <source>text source “%1” has no text</source>
        <translation>в текстовом источнике «%1» нет текста</translation>
    </message>
    <message>
        <source>a passage at %1–%2 in “%3” lies outside its text</source>
        <translation>фрагмент %1–%2 в «%3» выходит за пределы текста</translation>
    </message>
    <message>
        <source>“%1” in “%2”, coded %3</source>
        <translation>«%1» в «%2», коды: %3</translation>
    </message>
    <message>
        <source>“%1” in “%2”, without a code</source>
        <translation>«%1» в «%2», без кода</translation>
    </message>
    <message>
        <source>Also coded as: %1</source>
        <translation>Другие коды: %1</translation>
    </message>
    <message>
        <source>text source “%1” as a whole, coded %2</source>
        <translation>текстовый источник «%1» целиком, коды: %2</translation>
    </message>
    <message>
        <source>note on “%1”: %2</source>
        <translation>заметка к «%1»: %2</translation>
    </message>
    <message>
        <source>“%1”: %2 = %3</source>
        <translation>«%1»: %2 = %3</translation>
    </message>
    <message>
        <source>project note: %1</source>
        <translation>заметка проекта: %1</translation>
    </message>
    <message>
        <source>project description: %1</source>
        <translation>описание проекта: %1</translation>
    </message>
    <message>
        <source>Kept from the REFI-QDA project “%1”, which had no other place for them in Claimscope:</source>
        <translation>Сохранено из проекта REFI-QDA «%1» — для этого в Claimscope нет другого места:</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Источник %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n автор высказываний</numerusform>
            <numerusform>%n автора высказываний</numerusform>
            <numerusform>%n авторов высказываний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n пометка</numerusform>
            <numerusform>%n пометки</numerusform>
            <numerusform>%n пометок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stance(s)</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) kept as project notes</source>
        <translation>
            <numerusform>%n элемент сохранён в заметках проекта</numerusform>
            <numerusform>%n элемента сохранены в заметках проекта</numerusform>
            <numerusform>%n элементов сохранены в заметках проекта</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefiProjectReader</name>
    <message>
        <source>project.qde is not a REFI-QDA 1.0 project</source>
        <translation>project.qde — не проект REFI-QDA 1.0</translation>
    </message>
    <message>
        <source>PDF source “%1” (only text sources are imported)</source>
        <translation>источник PDF «%1» (импортируются только текстовые источники)</translation>
    </message>
    <message>
        <source>picture source “%1” (only text sources are imported)</source>
        <translation>источник-изображение «%1» (импортируются только текстовые источники)</translation>
    </message>
    <message>
        <source>audio source “%1” (only text sources are imported)</source>
        <translation>аудиоисточник «%1» (импортируются только текстовые источники)</translation>
    </message>
    <message>
        <source>video source “%1” (only text sources are imported)</source>
        <translation>видеоисточник «%1» (импортируются только текстовые источники)</translation>
    </message>
    <message>
        <source>set “%1”</source>
        <translation>набор «%1»</translation>
    </message>
    <message>
        <source>link “%1”</source>
        <translation>связь «%1»</translation>
    </message>
    <message>
        <source>graph “%1”</source>
        <translation>граф «%1»</translation>
    </message>
    <message>
        <source>unknown source element “%1” named “%2” (only text sources are imported)</source>
        <translation>неизвестный элемент источника «%1» с именем «%2» (импортируются только текстовые источники)</translation>
    </message>
</context>
<context>
    <name>RefiProjectWriter</name>
    <message>
        <source>Claimscope analysis</source>
        <translation>Анализ Claimscope</translation>
    </message>
    <message>
        <source>Claimscope user</source>
        <translation>Пользователь Claimscope</translation>
    </message>
    <message>
        <source>Figure value</source>
        <translation>Значение цифры</translation>
    </message>
    <message>
        <source>Stance of %1</source>
        <translation>Позиция: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Research question</source>
        <translation>Исследовательский вопрос</translation>
    </message>
    <message>
        <source>Project notes</source>
        <translation>Заметки проекта</translation>
    </message>
</context>
<context>
    <name>RefiVocabulary</name>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Analysed by Claimscope</source>
        <translation>Проанализирован Claimscope</translation>
    </message>
    <message>
        <source>Speaker id</source>
        <translation>Идентификатор автора</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Kind of speaker</source>
        <translation>Тип автора высказываний</translation>
    </message>
    <message>
        <source>Name forms (English)</source>
        <translation>Варианты имени (английский)</translation>
    </message>
    <message>
        <source>Name forms (Russian)</source>
        <translation>Варианты имени (русский)</translation>
    </message>
    <message>
        <source>Name forms (Turkish)</source>
        <translation>Варианты имени (турецкий)</translation>
    </message>
    <message>
        <source>Suggested by the analysis</source>
        <translation>Предложен анализом</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>The sample project’s speakers could not be written.</source>
        <translation>Не удалось записать авторов высказываний демонстрационного проекта.</translation>
    </message>
    <message>
        <source>Creating the sample project was cancelled.</source>
        <translation>Создание демонстрационного проекта отменено.</translation>
    </message>
    <message>
        <source>The sample article “%1” could not be written.</source>
        <translation>Не удалось записать демонстрационную статью «%1».</translation>
    </message>
</context>
<context>
    <name>TextStatisticsLabels</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln символ</numerusform>
            <numerusform>%Ln символа</numerusform>
            <numerusform>%Ln символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln слово</numerusform>
            <numerusform>%Ln слова</numerusform>
            <numerusform>%Ln слов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>not a ZIP archive, or a truncated one</source>
        <translation>это не ZIP-архив, или архив обрезан</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; the limit is %1</source>
        <translation>
            <numerusform>%n элемент; допускается не более %1</numerusform>
            <numerusform>%n элемента; допускается не более %1</numerusform>
            <numerusform>%n элементов; допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>more entries than the limit of %1</source>
        <translation>элементов больше допустимых %1</translation>
    </message>
    <message>
        <source>damaged ZIP directory</source>
        <translation>повреждён каталог ZIP-архива</translation>
    </message>
    <message>
        <source>%1: two entries of this name</source>
        <translation>%1: два элемента с таким именем</translation>
    </message>
    <message>
        <source>%1: compression method %2 is not supported</source>
        <translation>%1: метод сжатия %2 не поддерживается</translation>
    </message>
    <message>
        <source>%1 unpacked; the limit is %2</source>
        <translation>%1 после распаковки; допускается не более %2</translation>
    </message>
    <message>
        <source>%1 unpacked in all; the limit is %2</source>
        <translation>всего %1 после распаковки; допускается не более %2</translation>
    </message>
    <message>
        <source>compression ratio %1:1; the limit is %2:1</source>
        <translation>степень сжатия %1:1; допускается не более %2:1</translation>
    </message>
    <message>
        <source>%1: larger than the archive</source>
        <translation>%1: больше самого архива</translation>
    </message>
    <message>
        <source>%1: cannot be located</source>
        <translation>%1: не удаётся найти</translation>
    </message>
    <message>
        <source>%1: damaged entry</source>
        <translation>%1: элемент повреждён</translation>
    </message>
    <message>
        <source>%1: damaged compressed data</source>
        <translation>%1: сжатые данные повреждены</translation>
    </message>
    <message>
        <source>more than %1 unpacked</source>
        <translation>после распаковки больше %1</translation>
    </message>
    <message>
        <source>more than %1 unpacked in all</source>
        <translation>всего после распаковки больше %1</translation>
    </message>
    <message>
        <source>compression ratio over %1:1 while unpacking</source>
        <translation>при распаковке степень сжатия превысила %1:1</translation>
    </message>
    <message>
        <source>%1: checksum mismatch</source>
        <translation>%1: контрольная сумма не совпадает</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 отсутствует</translation>
    </message>
</context>
<context>
    <name>claimscope::core::AnnotationsModel</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Маркер речи</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>Speaker mention</source>
        <translation>Упоминание автора</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>claimscope::core::FiguresModel</name>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>claimscope::core::HighlighterClient</name>
    <message>
        <source>the highlighting helper was not found at %1</source>
        <translation>вспомогательная программа подсветки не найдена по пути %1</translation>
    </message>
    <message>
        <source>the highlighting helper crashed</source>
        <translation>вспомогательная программа подсветки аварийно завершилась</translation>
    </message>
    <message>
        <source>the highlighting helper stopped (exit code %1)</source>
        <translation>вспомогательная программа подсветки остановилась (код выхода %1)</translation>
    </message>
    <message>
        <source>the highlighting helper could not be started: %1</source>
        <translation>не удалось запустить вспомогательную программу подсветки: %1</translation>
    </message>
    <message>
        <source>the highlighting helper did not introduce itself</source>
        <translation>вспомогательная программа подсветки не ответила на запуск</translation>
    </message>
    <message>
        <source>the request was lost</source>
        <translation>запрос потерян</translation>
    </message>
    <message>
        <source>the highlighting helper wrote something that is not a reply</source>
        <translation>вспомогательная программа подсветки вывела данные, не являющиеся ответом</translation>
    </message>
    <message>
        <source>the highlighting helper speaks another protocol</source>
        <translation>вспомогательная программа подсветки использует другую версию протокола</translation>
    </message>
    <message>
        <source>the highlighting helper answered a request that was not asked</source>
        <translation>вспомогательная программа подсветки ответила на запрос, которого не было</translation>
    </message>
    <message numerus="yes">
        <source>the highlighting helper did not answer within %Ln second(s)</source>
        <translation>
            <numerusform>вспомогательная программа подсветки не ответила за %Ln секунду</numerusform>
            <numerusform>вспомогательная программа подсветки не ответила за %Ln секунды</numerusform>
            <numerusform>вспомогательная программа подсветки не ответила за %Ln секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>the highlighting helper stopped answering</source>
        <translation>вспомогательная программа подсветки перестала отвечать</translation>
    </message>
    <message>
        <source>the highlighting helper sent an invalid reply</source>
        <translation>вспомогательная программа подсветки прислала некорректный ответ</translation>
    </message>
</context>
<context>
    <name>claimscope::core::HtmlImporter</name>
    <message>
        <source>HTML nested deeper than %1 elements</source>
        <translation>вложенность HTML глубже %1 элементов</translation>
    </message>
</context>
<context>
    <name>claimscope::core::SourceListModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>claimscope::core::SpeakersModel</name>
    <message>
        <source>Suggested by the analysis: not in the lexicon</source>
        <translation>Предложен анализом: в словаре его нет</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::AboutBox</name>
    <message>
        <source>About Claimscope</source>
        <translation>О программе Claimscope</translation>
    </message>
    <message>
        <source>LGPL 3.0</source>
        <translation>LGPL 3.0</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>лицензия MIT</translation>
    </message>
    <message>
        <source>BSD 2-clause licence</source>
        <translation>2-пунктная лицензия BSD</translation>
    </message>
    <message>
        <source>MPL 1.1, GPL 2.0 or LGPL 2.1</source>
        <translation>MPL 1.1, GPL 2.0 или LGPL 2.1</translation>
    </message>
    <message>
        <source>See who said what, who claimed what, and which figures each source cites.</source>
        <translation>Узнайте, кто что сказал, кто что утверждал и какие цифры приводит каждый источник.</translation>
    </message>
    <message>
        <source>Claimscope is free software under the GNU General Public License, version 3 or later. It never uses the network and collects no data.</source>
        <translation>Claimscope — свободная программа, распространяемая на условиях Стандартной общественной лицензии GNU версии 3 или более поздней. Она никогда не обращается к сети и не собирает никаких данных.</translation>
    </message>
    <message>
        <source>Built with these libraries:</source>
        <translation>Используемые библиотеки:</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::AliasDialog</name>
    <message>
        <source>No aliases in this language yet.</source>
        <translation>На этом языке вариантов имени пока нет.</translation>
    </message>
    <message>
        <source>Already known: %1</source>
        <translation>Уже известны: %1</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Добавить вариант имени</translation>
    </message>
    <message>
        <source>Another name or spelling under which “%1” appears in the sources.</source>
        <translation>Другое имя или написание, под которым «%1» встречается в источниках.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Вариант имени:</translation>
    </message>
    <message>
        <source>Give Russian names in the nominative case: the other cases are found automatically.</source>
        <translation>Русские имена указывайте в именительном падеже: остальные падежи находятся автоматически.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::AnnotationEditor</name>
    <message>
        <source>Mark as &amp;Quote</source>
        <translation>Пометить как &amp;цитату</translation>
    </message>
    <message>
        <source>Mark as C&amp;laim</source>
        <translation>Пометить как &amp;утверждение</translation>
    </message>
    <message>
        <source>Mark as &amp;Figure</source>
        <translation>Пометить как ц&amp;ифру</translation>
    </message>
    <message>
        <source>Mark as Speaker &amp;Mention…</source>
        <translation>Пометить как у&amp;поминание автора…</translation>
    </message>
    <message>
        <source>Choose S&amp;peaker…</source>
        <translation>&amp;Выбрать автора высказывания…</translation>
    </message>
    <message>
        <source>C&amp;lear Speaker</source>
        <translation>&amp;Убрать автора высказывания</translation>
    </message>
    <message>
        <source>Set S&amp;tance…</source>
        <translation>Задать по&amp;зицию…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Изменить п&amp;римечание…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Удалить пометку</translation>
    </message>
    <message>
        <source>Show &amp;Only This Speaker</source>
        <translation>Показать &amp;только этого автора</translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>&amp;Автор высказывания</translation>
    </message>
    <message>
        <source>&amp;Other Speaker…</source>
        <translation>&amp;Другой автор…</translation>
    </message>
    <message>
        <source>“%1” is not a figure Claimscope can read. Select a number with its unit, such as “43 billion dollars” or “80%”.</source>
        <translation>«%1» — не цифра, которую Claimscope может прочитать. Выделите число вместе с единицей измерения, например «43 млрд долларов» или «80%».</translation>
    </message>
    <message>
        <source>Mark as Speaker Mention</source>
        <translation>Пометить как упоминание автора</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Сменить автора высказывания</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Изменить примечание</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>Примечание к «%1»:</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::AnnotationsPanel</name>
    <message>
        <source>Filter by speaker</source>
        <translation>Отфильтровать по автору высказывания</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Отфильтровать по источнику</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Search quotes and claims</source>
        <translation>Поиск по цитатам и утверждениям</translation>
    </message>
    <message>
        <source>Show only quotes and claims that contain this text</source>
        <translation>Показать только цитаты и утверждения, содержащие этот текст</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Отфильтровать по типу</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Все авторы высказываний</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Без автора высказывания</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Quotes and claims</source>
        <translation>Цитаты и утверждения</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ChartCanvas</name>
    <message>
        <source>Passage %1 of %2</source>
        <translation>Фрагмент %1 из %2</translation>
    </message>
    <message>
        <source>Nothing to show: no source of the selection has any.</source>
        <translation>Показывать нечего: в выбранных источниках таких данных нет.</translation>
    </message>
    <message>
        <source>The sources cite different values for: %1.</source>
        <translation>Источники приводят разные цифры: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 sources are drawn one by one, those with the most bars; the others are summed up as “Other sources”.</source>
        <translation>Источников всего: %2; по отдельности показаны %1 с наибольшим числом столбцов, остальные сложены в «Другие источники».</translation>
    </message>
    <message>
        <source>%1 of %2 sources are drawn, those with the most bars.</source>
        <translation>Источников всего: %2; показаны %1 с наибольшим числом столбцов.</translation>
    </message>
    <message>
        <source>%1 of %2 speakers are drawn.</source>
        <translation>Авторов высказываний всего: %2; показаны %1.</translation>
    </message>
    <message>
        <source>Turn on Selected Sources Only to choose the sources, or show one speaker from the Speakers panel.</source>
        <translation>Чтобы выбрать источники, включите «Только выбранные источники»; чтобы показать одного автора, дважды щёлкните по нему на панели «Авторы высказываний».</translation>
    </message>
    <message>
        <source>Show one speaker from the Speakers panel to see the others.</source>
        <translation>Чтобы увидеть остальных, дважды щёлкните по нужному автору на панели «Авторы высказываний».</translation>
    </message>
    <message numerus="yes">
        <source>%n more: see the Quotes and Claims panel</source>
        <translation>
            <numerusform>Ещё %n — см. панель «Цитаты и утверждения»</numerusform>
            <numerusform>Ещё %n — см. панель «Цитаты и утверждения»</numerusform>
            <numerusform>Ещё %n — см. панель «Цитаты и утверждения»</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 measures are drawn.</source>
        <translation>Показателей всего: %2; показаны %1.</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ChartsPanel</name>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Sources: all (%1)</source>
        <translation>Источники: все (%1)</translation>
    </message>
    <message>
        <source>Sources: %1 of %2</source>
        <translation>Источники: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Speaker: %1</source>
        <translation>
            <numerusform>Автор: %1</numerusform>
            <numerusform>Авторы: %1</numerusform>
            <numerusform>Авторы: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimscope %1</source>
        <comment>an exported chart&apos;s file name; %1 is the tab, e.g. Stances</comment>
        <translation>Claimscope %1</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Экспорт диаграммы в SVG</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <source>The chart was not exported.</source>
        <translation>Диаграмма не экспортирована.</translation>
    </message>
    <message>
        <source>Selected Sources Only</source>
        <translation>Только выбранные источники</translation>
    </message>
    <message>
        <source>Chart only the sources selected in the Sources panel (select several with Ctrl or Shift)</source>
        <translation>Строить диаграммы только по источникам, выбранным на панели «Источники» (несколько можно выбрать с Ctrl или Shift)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export the visible chart as an image</source>
        <translation>Экспортировать показанную диаграмму как изображение</translation>
    </message>
    <message>
        <source>As PNG Image…</source>
        <translation>Как изображение PNG…</translation>
    </message>
    <message>
        <source>As SVG Drawing…</source>
        <translation>Как рисунок SVG…</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::DesktopFilesPrompt</name>
    <message numerus="yes">
        <source>Import %n file(s) into the open project?</source>
        <translation>
            <numerusform>Импортировать %n файл в открытый проект?</numerusform>
            <numerusform>Импортировать %n файла в открытый проект?</numerusform>
            <numerusform>Импортировать %n файлов в открытый проект?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) into “%1”?</source>
        <translation>
            <numerusform>Импортировать %n файл в «%1»?</numerusform>
            <numerusform>Импортировать %n файла в «%1»?</numerusform>
            <numerusform>Импортировать %n файлов в «%1»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::DocumentView</name>
    <message>
        <source>Choose a source on the left, or add files with File → Import Sources.</source>
        <translation>Выберите источник слева или добавьте файлы через «Файл → Импортировать источники».</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ExportPdfDialog</name>
    <message numerus="yes">
        <source>The whole project (%n source(s))</source>
        <translation>
            <numerusform>Весь проект (%n источник)</numerusform>
            <numerusform>Весь проект (%n источника)</numerusform>
            <numerusform>Весь проект (%n источников)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sources selected in the Sources panel (%n)</source>
        <translation>
            <numerusform>Источники, выбранные на панели «Источники» (%n)</numerusform>
            <numerusform>Источники, выбранные на панели «Источники» (%n)</numerusform>
            <numerusform>Источники, выбранные на панели «Источники» (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Speaker mentions</source>
        <translation>Упоминания авторов</translation>
    </message>
    <message>
        <source>Add the charts (figures, stances, voices)</source>
        <translation>Добавить диаграммы (цифры, позиции, голоса)</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>Экспорт PDF с пометками</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Highlight and annotate</source>
        <translation>Подсветить и пометить</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Размер страницы:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::FiguresPanel</name>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Find in text</source>
        <translation>Найти в тексте</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation>Закрыть панель поиска (Esc)</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::HighlightLegend</name>
    <message>
        <source>Speaker</source>
        <translation>Автор высказывания</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Quotation mark</source>
        <translation>Кавычка</translation>
    </message>
    <message>
        <source>Reporting verb</source>
        <translation>Маркер речи</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ImportErrorDialog</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>Не удалось открыть %n файл.</numerusform>
            <numerusform>Не удалось открыть %n файла.</numerusform>
            <numerusform>Не удалось открыть %n файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ImportProgressDialog</name>
    <message>
        <source>Importing Sources</source>
        <translation>Импорт источников</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n source(s)…</source>
        <translation>
            <numerusform>Анализ %n источника…</numerusform>
            <numerusform>Анализ %n источников…</numerusform>
            <numerusform>Анализ %n источников…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Чтение %n файла…</numerusform>
            <numerusform>Чтение %n файлов…</numerusform>
            <numerusform>Чтение %n файлов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n source(s) to the project…</source>
        <translation>
            <numerusform>Добавление %n источника в проект…</numerusform>
            <numerusform>Добавление %n источников в проект…</numerusform>
            <numerusform>Добавление %n источников в проект…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::InterchangeFlow</name>
    <message>
        <source>REFI-QDA project</source>
        <translation>Проект REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Кодовая книга REFI-QDA</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Project (.qdpx)…</source>
        <translation>&amp;Проект REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Write the sources, annotations, speakers and notes for ATLAS.ti, MAXQDA, NVivo or QualCoder</source>
        <translation>Записать источники, пометки, авторов высказываний и заметки для ATLAS.ti, MAXQDA, NVivo или QualCoder</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Codebook (.qdc)…</source>
        <translation>&amp;Кодовая книга REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <source>Write the categories, with a code per speaker, for another QDA program</source>
        <translation>Записать категории с кодом для каждого автора высказываний для другой программы QDA</translation>
    </message>
    <message>
        <source>&amp;CSV Table…</source>
        <translation>Таблица &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the quotes, claims, figures and stances as one table for spreadsheets, R or pandas</source>
        <translation>Записать цитаты, утверждения, цифры и позиции в одну таблицу для электронных таблиц, R или pandas</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Write the quotes, claims, figures and stances with their sources and speakers as JSON</source>
        <translation>Записать цитаты, утверждения, цифры и позиции вместе с источниками и авторами высказываний в JSON</translation>
    </message>
    <message>
        <source>Import REFI-QDA Pro&amp;ject…</source>
        <translation>Импортировать &amp;проект REFI-QDA…</translation>
    </message>
    <message>
        <source>Make a new project from a .qdpx project of another QDA program</source>
        <translation>Создать новый проект из проекта .qdpx другой программы QDA</translation>
    </message>
    <message>
        <source>Project &amp;Notes…</source>
        <translation>&amp;Заметки проекта…</translation>
    </message>
    <message>
        <source>Show the project’s notes, among them what an imported project held that has no other place here</source>
        <translation>Показать заметки проекта, в том числе то из импортированного проекта, чему здесь нет другого места</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Проекты REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>New Project from REFI-QDA</source>
        <translation>Новый проект из REFI-QDA</translation>
    </message>
    <message>
        <source>Claimscope projects (*.%1)</source>
        <translation>Проекты Claimscope (*.%1)</translation>
    </message>
    <message>
        <source>The REFI-QDA project was not imported.</source>
        <translation>Проект REFI-QDA не импортирован.</translation>
    </message>
    <message>
        <source>REFI-QDA Project Imported</source>
        <translation>Проект REFI-QDA импортирован</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Импортировано: %1.</translation>
    </message>
    <message>
        <source>What Claimscope has no place for is kept in View → Project Notes.</source>
        <translation>То, чему в Claimscope нет места, сохранено в меню «Вид → Заметки проекта».</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Импортирован %1</translation>
    </message>
    <message>
        <source>Project Notes</source>
        <translation>Заметки проекта</translation>
    </message>
    <message>
        <source>This project has no notes.</source>
        <translation>В этом проекте нет заметок.</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>Экспорт не записан.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>“%1” is open; choose another file for the new project.</source>
        <translation>«%1» открыт; выберите для нового проекта другой файл.</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Follow the language of the system, or English if it is not available</source>
        <translation>Использовать язык системы, а если он недоступен — английский</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Highlighting is unavailable: %1</source>
        <translation>Подсветка недоступна: %1</translation>
    </message>
    <message>
        <source>The change was not saved, so it was not made.</source>
        <translation>Изменение не удалось сохранить, поэтому оно не внесено.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Авторы высказываний</translation>
    </message>
    <message>
        <source>Quotes and Claims</source>
        <translation>Цитаты и утверждения</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::MergeSpeakerDialog</name>
    <message>
        <source>Merge Speakers</source>
        <translation>Объединить авторов высказываний</translation>
    </message>
    <message>
        <source>Merge “%1” into this speaker:</source>
        <translation>Объединить «%1» со следующим автором высказывания:</translation>
    </message>
    <message>
        <source>Its quotes, claims, mentions and stances move to the chosen speaker, and its names become aliases. “%1” is then removed. You can undo this.</source>
        <translation>Цитаты, утверждения, упоминания и позиции «%1» перейдут к выбранному автору высказывания, а имена «%1» станут его вариантами имени. Затем «%1» будет удалён. Это действие можно отменить.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Choose a speaker</source>
        <translation>Выберите автора высказывания</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::PdfExportFlow</name>
    <message>
        <source>Annotated sources</source>
        <translation>Источники с пометками</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>Экспорт PDF с пометками</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the annotated PDF…</source>
        <translation>Запись PDF с пометками…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Annotated PDF written to %1</source>
        <translation>PDF с пометками записан: %1</translation>
    </message>
    <message>
        <source>The annotated PDF was not written.</source>
        <translation>PDF с пометками не записан.</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::PdfPasswordPrompt</name>
    <message>
        <source>Password Required</source>
        <translation>Требуется пароль</translation>
    </message>
    <message>
        <source>The password for “%1” was not correct. Enter it again to import the PDF:</source>
        <translation>Пароль для «%1» неверен. Введите его ещё раз, чтобы импортировать PDF:</translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Enter it to import the PDF:</source>
        <translation>«%1» защищён паролем. Введите пароль, чтобы импортировать PDF:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ProjectController</name>
    <message>
        <source>Claimscope projects (*.%1)</source>
        <translation>Проекты Claimscope (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another project.</source>
        <translation>Дождитесь окончания импорта, прежде чем открывать другой проект.</translation>
    </message>
    <message>
        <source>The project is open read-only: you can read it, but changes cannot be saved.</source>
        <translation>Проект открыт только для чтения: его можно просматривать, но изменения сохранить нельзя.</translation>
    </message>
    <message>
        <source>The built-in lexicon could not be read.</source>
        <translation>Не удалось прочитать встроенный словарь.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>Не удалось заменить «%1».</translation>
    </message>
    <message>
        <source>Preparing the sample project…</source>
        <translation>Подготовка демонстрационного проекта…</translation>
    </message>
    <message>
        <source>The sample project could not be created.</source>
        <translation>Не удалось создать демонстрационный проект.</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Импорт уже идёт; дождитесь его окончания.</translation>
    </message>
    <message>
        <source>This project is open read-only, so it cannot be changed.</source>
        <translation>Этот проект открыт только для чтения, поэтому изменить его нельзя.</translation>
    </message>
    <message>
        <source>Re-analysing Sources</source>
        <translation>Повторный анализ источников</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) analysed again; your own and edited annotations were kept.</source>
        <translation>
            <numerusform>Заново проанализирован %n источник; ваши и изменённые вами пометки сохранены.</numerusform>
            <numerusform>Заново проанализированы %n источника; ваши и изменённые вами пометки сохранены.</numerusform>
            <numerusform>Заново проанализировано %n источников; ваши и изменённые вами пометки сохранены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n источник.</numerusform>
            <numerusform>Импортированы %n источника.</numerusform>
            <numerusform>Импортировано %n источников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) already in the project were skipped.</source>
        <translation>
            <numerusform>%n источник уже есть в проекте и пропущен.</numerusform>
            <numerusform>%n источника уже есть в проекте и пропущены.</numerusform>
            <numerusform>%n источников уже есть в проекте и пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the sources imported before stay.</source>
        <translation>Импорт отменён; источники, импортированные до отмены, остаются в проекте.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Импорт отменён; ничего не добавлено.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Источники (%1)</translation>
    </message>
    <message>
        <source>Import Sources</source>
        <translation>Импортировать источники</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Импортировать папку</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be analysed again; they keep their earlier annotations.</source>
        <translation>
            <numerusform>%n источник не удалось проанализировать заново; прежние пометки сохранены.</numerusform>
            <numerusform>%n источника не удалось проанализировать заново; прежние пометки сохранены.</numerusform>
            <numerusform>%n источников не удалось проанализировать заново; прежние пометки сохранены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be analysed and were imported without annotations; File → Analyse All Sources Again tries once more.</source>
        <translation>
            <numerusform>%n источник импортирован без пометок: анализ не удался. Команда «Файл → Повторно проанализировать все источники» попробует ещё раз.</numerusform>
            <numerusform>%n источника импортированы без пометок: анализ не удался. Команда «Файл → Повторно проанализировать все источники» попробует ещё раз.</numerusform>
            <numerusform>%n источников импортировано без пометок: анализ не удался. Команда «Файл → Повторно проанализировать все источники» попробует ещё раз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::SpeakerChooser</name>
    <message>
        <source>New speaker “%1”</source>
        <translation>Новый автор высказывания «%1»</translation>
    </message>
    <message>
        <source>Choose Speaker</source>
        <translation>Выбор автора высказывания</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Автор высказывания:</translation>
    </message>
    <message>
        <source>Type to filter, or type a new name</source>
        <translation>Введите часть имени для поиска или новое имя</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::SpeakerFilterBar</name>
    <message>
        <source>Showing only the quotes and claims of %1</source>
        <translation>Показаны только цитаты и утверждения автора: %1</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Show the quotes and claims of every speaker</source>
        <translation>Показать цитаты и утверждения всех авторов</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>Авторы высказываний</translation>
    </message>
    <message>
        <source>&amp;Show Only This Speaker</source>
        <translation>Показать &amp;только этого автора высказывания</translation>
    </message>
    <message>
        <source>Show only this speaker’s quotes and claims in the source text</source>
        <translation>Показать в тексте источника только цитаты и утверждения этого автора высказывания</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Change the name shown for this speaker</source>
        <translation>Изменить имя, под которым показан этот автор высказывания</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>Move this speaker’s quotes, claims and mentions to another speaker, then remove this one</source>
        <translation>Перенести цитаты, утверждения и упоминания этого автора высказывания к другому, затем удалить этого</translation>
    </message>
    <message>
        <source>Add &amp;Alias…</source>
        <translation>Добавить &amp;вариант имени…</translation>
    </message>
    <message>
        <source>Add another name under which this speaker appears in the sources</source>
        <translation>Добавить другое имя, под которым этот автор высказывания встречается в источниках</translation>
    </message>
    <message>
        <source>Names in italics were suggested by the analysis and are not in the lexicon.</source>
        <translation>Имена курсивом предложены анализом: в словаре их нет.</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::StanceDialog</name>
    <message>
        <source>Set Stance</source>
        <translation>Задать позицию</translation>
    </message>
    <message>
        <source>Where %1 stands in “%2”</source>
        <translation>Позиция автора %1 в источнике «%2»</translation>
    </message>
    <message>
        <source>The project has no research question yet: the score is the speaker’s position on the topic of the source.</source>
        <translation>В проекте пока не задан исследовательский вопрос: оценка отражает позицию автора по теме источника.</translation>
    </message>
    <message>
        <source>On the question: %1</source>
        <translation>По вопросу: %1</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Strongly against</source>
        <translation>Решительно против</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Neutral or mixed</source>
        <translation>Нейтральная или неоднозначная</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Strongly in favour</source>
        <translation>Решительно за</translation>
    </message>
    <message>
        <source>The analysis suggested this score; OK makes it yours.</source>
        <translation>Эту оценку предложил анализ; нажмите «OK», чтобы принять её как свою.</translation>
    </message>
    <message>
        <source>&amp;Note (the passages or reasons behind the score):</source>
        <translation>&amp;Примечание (фрагменты или доводы в пользу оценки):</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ThemeMenu</name>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>&amp;Тема подсветки</translation>
    </message>
    <message>
        <source>Automatic (Light or Dark)</source>
        <translation>Автоматически (светлая или тёмная)</translation>
    </message>
    <message>
        <source>Themes unavailable: %1</source>
        <translation>Темы недоступны: %1</translation>
    </message>
</context>
</TS>
