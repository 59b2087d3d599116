<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AnalysisText</name>
    <message numerus="yes">
        <source>speaker %1: %2, %Ln mention(s)</source>
        <translation>
            <numerusform>konuşmacı %1: %2, %Ln anılma</numerusform>
        </translation>
    </message>
    <message>
        <source>quote [%1–%2] %3: “%4”</source>
        <translation>alıntı [%1–%2] %3: “%4”</translation>
    </message>
    <message>
        <source>claim [%1–%2] %3: %4</source>
        <translation>iddia [%1–%2] %3: %4</translation>
    </message>
    <message>
        <source>figure [%1–%2] %3 = %4 %5</source>
        <translation>rakam [%1–%2] %3 = %4 %5</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>“%1”: highlighting failed: %2</source>
        <translation>“%1”: vurgulama başarısız oldu: %2</translation>
    </message>
    <message>
        <source>Find speakers, quotes, claims, figures and stances in files.</source>
        <translation>Dosyalardaki konuşmacıları, alıntıları, iddiaları, rakamları ve tutumları bulur.</translation>
    </message>
    <message>
        <source>Output format: json, csv or text.</source>
        <translation>Çıktı biçimi: json, csv veya text.</translation>
    </message>
    <message>
        <source>Files to analyse.</source>
        <translation>Analiz edilecek dosyalar.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>DOSYA…</translation>
    </message>
    <message>
        <source>claimscope analyze: unknown format “%1”; use json, csv or text</source>
        <translation>claimscope analyze: bilinmeyen biçim “%1”; json, csv veya text kullanın</translation>
    </message>
    <message>
        <source>claimscope analyze: no file given</source>
        <translation>claimscope analyze: dosya belirtilmedi</translation>
    </message>
    <message>
        <source>Score the analysis against gold annotations.</source>
        <translation>Analizi referans işaretlemeyle karşılaştırarak puanlar.</translation>
    </message>
    <message>
        <source>Folder of documents with gold annotations.</source>
        <translation>Belgeleri ve referans işaretlemeyi içeren klasör.</translation>
    </message>
    <message>
        <source>claimscope eval: --gold DIR is required</source>
        <translation>claimscope eval: --gold KLASÖR belirtilmeli</translation>
    </message>
    <message>
        <source>claimscope eval: no gold annotations in “%1”</source>
        <translation>claimscope eval: “%1” içinde referans işaretleme yok</translation>
    </message>
</context>
<context>
    <name>AnnotatedPdfExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; dosya yazılmadı.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>%1 yazılamadı: bu bir klasör.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder does not exist.</source>
        <translation>%1 yazılamadı: klasör yok.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
</context>
<context>
    <name>AnnotationMarks</name>
    <message>
        <source>automatic</source>
        <translation>otomatik</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>düzenlendi</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>figure value, unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>konuşmacı yok</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>İddia</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <source>Speaker mention</source>
        <translation>Konuşmacının anılması</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Listeyi Temizle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>Search the text of the open source</source>
        <translation>Görüntülenen kaynağın metninde ara</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Sonrakini Bul</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Ö&amp;ncekini Bul</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Yakınlaştırmayı &amp;Sıfırla</translation>
    </message>
    <message>
        <source>&amp;About Claimscope</source>
        <translation>Claimscope &amp;Hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri Al: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Yinele: %1</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Yeni Proje…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Boş bir proje dosyası oluştur</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Proje &amp;Aç…</translation>
    </message>
    <message>
        <source>Open a Claimscope project</source>
        <translation>Bir Claimscope projesi aç</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projeyi &amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and go on working in the copy</source>
        <translation>Projeyi yeni bir dosyaya kopyala ve çalışmaya kopyada devam et</translation>
    </message>
    <message>
        <source>&amp;Import Sources…</source>
        <translation>Kaynakları &amp;İçe Aktar…</translation>
    </message>
    <message>
        <source>Add text, Markdown or HTML files to the project and analyse them</source>
        <translation>Metin, Markdown veya HTML dosyalarını projeye ekle ve analiz et</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>K&amp;lasörü İçe Aktar…</translation>
    </message>
    <message>
        <source>Add every source file in a folder and its subfolders</source>
        <translation>Bir klasördeki ve alt klasörlerindeki tüm kaynak dosyalarını ekle</translation>
    </message>
    <message>
        <source>&amp;Analyse All Sources Again</source>
        <translation>Tüm Kaynakları &amp;Yeniden Analiz Et</translation>
    </message>
    <message>
        <source>Analyse every source with the project’s speakers and aliases; your own and edited annotations stay</source>
        <translation>Her kaynağı projedeki konuşmacılar ve alternatif adlarla yeniden analiz et; sizin eklediğiniz ve düzenlediğiniz işaretlemeler korunur</translation>
    </message>
    <message>
        <source>Write the sources as a PDF with their highlights, the speakers in the margin, the charts, an index and bookmarks</source>
        <translation>Kaynakları vurgulamaları, kenar boşluğunda konuşmacıları, grafikleri, bir dizin ve yer imleriyle PDF olarak yaz</translation>
    </message>
    <message>
        <source>Annotated &amp;PDF…</source>
        <translation>İşaretlenmiş &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 (sources differ)</source>
        <translation>%1 (kaynaklar farklı)</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (elle belirlendi)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>Dışa aktarılacak grafik yok.</translation>
    </message>
    <message>
        <source>The chart is too large to export as an image.</source>
        <translation>Grafik, resim olarak dışa aktarılamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation>Grafik PNG biçiminde kaydedilemedi.</translation>
    </message>
    <message>
        <source>Exported from Claimscope</source>
        <translation>Claimscope’tan dışa aktarıldı</translation>
    </message>
    <message>
        <source>The chart could not be drawn as SVG.</source>
        <translation>Grafik SVG biçiminde çizilemedi.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1, written “%2”</source>
        <comment>a figure&apos;s value and its text as the source writes it</comment>
        <translation>%1, metinde: “%2”</translation>
    </message>
    <message>
        <source>In %1</source>
        <comment>a source&apos;s title</comment>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>In %1, given by %2</source>
        <comment>a source&apos;s title, a speaker&apos;s name</comment>
        <translation>Kaynak: %1; veren: %2</translation>
    </message>
    <message>
        <source>Another source cites a different value.</source>
        <translation>Başka bir kaynak farklı bir değer veriyor.</translation>
    </message>
    <message>
        <source>Entered or corrected by a person.</source>
        <translation>Bir kişi tarafından girildi veya düzeltildi.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <comment>speaker, source, value</comment>
        <translation>%1, “%2” kaynağında: %3</translation>
    </message>
    <message>
        <source>Score set by a person.</source>
        <translation>Puanı bir kişi belirledi.</translation>
    </message>
    <message>
        <source>Figures the sources cite</source>
        <translation>Kaynakların verdiği rakamlar</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Tutumlar</translation>
    </message>
    <message>
        <source>Stances on “%1”</source>
        <translation>“%1” konusundaki tutumlar</translation>
    </message>
    <message>
        <source>Quotes and claims per speaker</source>
        <translation>Konuşmacılara göre alıntılar ve iddialar</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Diğer rakamlar</translation>
    </message>
    <message>
        <source>Trade turnover</source>
        <translation>Ticaret hacmi</translation>
    </message>
    <message>
        <source>Share of foreign trade</source>
        <translation>Dış ticaretteki payı</translation>
    </message>
    <message>
        <source>Share of oil exports</source>
        <translation>Petrol ihracatındaki payı</translation>
    </message>
    <message>
        <source>Number of countries</source>
        <translation>Ülke sayısı</translation>
    </message>
    <message>
        <source>Number of states</source>
        <translation>Devlet sayısı</translation>
    </message>
    <message>
        <source>billion %1</source>
        <comment>money axis unit; %1 is a currency code such as USD</comment>
        <translation>milyar %1</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>yüzde puan</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>ülke</translation>
    </message>
    <message>
        <source>states</source>
        <translation>devlet</translation>
    </message>
    <message>
        <source>members</source>
        <translation>üye</translation>
    </message>
    <message>
        <source>count</source>
        <translation>adet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its currency code: 43.5 billion USD</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%%1</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 yüzde puan</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n ülke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n states</source>
        <translation>
            <numerusform>%n devlet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n üye</numerusform>
        </translation>
    </message>
    <message>
        <source>no subject or year</source>
        <translation>konu ve yıl belirtilmemiş</translation>
    </message>
    <message>
        <source>Strongly against</source>
        <translation>Kesinlikle karşı</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Karşı</translation>
    </message>
    <message>
        <source>Neutral or mixed</source>
        <translation>Tarafsız veya karışık</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>Destekliyor</translation>
    </message>
    <message>
        <source>Strongly in favour</source>
        <translation>Kesinlikle destekliyor</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n alıntı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n iddia</numerusform>
        </translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Diğer kaynaklar</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n other source(s)</source>
        <comment>a speaker&apos;s name</comment>
        <translation>
            <numerusform>%1, %n başka kaynakta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) and claim(s)</source>
        <translation>
            <numerusform>%n alıntı ve iddia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Interface language: en, ru or tr (default: the saved choice, else the system&apos;s).</source>
        <translation>Arayüz dili: en, ru veya tr (varsayılan: kaydedilen seçim, o yoksa sistemin dili).</translation>
    </message>
    <message>
        <source>Claimscope shows who said what in the sources you study.</source>
        <translation>Claimscope, incelediğiniz kaynaklarda kimin ne dediğini gösterir.</translation>
    </message>
    <message>
        <source>Print the time to the first painted document and quit (for benchmarks).</source>
        <translation>İlk belge çizilene kadar geçen süreyi yazdırır ve çıkar (performans ölçümleri için).</translation>
    </message>
    <message>
        <source>[FILE…]</source>
        <translation>[DOSYA…]</translation>
    </message>
    <message>
        <source>Save a picture of the window once the first document is shown highlighted, and quit (for documentation).</source>
        <translation>İlk belge vurgulanmış olarak gösterilince pencerenin görüntüsünü kaydeder ve çıkar (belgelendirme için).</translation>
    </message>
    <message>
        <source>A project to open and files to import into it; without any, the project used last (or the sample) opens.</source>
        <translation>Açılacak proje ve içine aktarılacak dosyalar; hiçbiri verilmezse en son kullanılan proje (ya da örnek proje) açılır.</translation>
    </message>
    <message>
        <source>Always open a window of its own, neither handing files to a running one nor taking them.</source>
        <translation>Her zaman kendi penceresini açar; dosyaları çalışan bir pencereye aktarmaz, başkalarından da almaz.</translation>
    </message>
    <message>
        <source>Print on standard output the files later launches hand over, importing them without asking (for tests).</source>
        <translation>Sonraki açılışların aktardığı dosyaları standart çıktıya yazar ve onları sormadan içe aktarır (testler için).</translation>
    </message>
    <message>
        <source>Print what the running window shows, as JSON, and quit (for tests).</source>
        <translation>Çalışan pencerenin gösterdiklerini JSON olarak yazdır ve çık (testler için).</translation>
    </message>
    <message>
        <source>claimscope: no Claimscope window is running.</source>
        <translation>claimscope: çalışan bir Claimscope penceresi yok.</translation>
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
        <translation>Komutlar (pencere açmadan çalışır):
  inspect [--text] DOSYA…  Dosyaları içe aktarır ve neyin okunduğunu bildirir.
  analyze [--format json|csv|text] DOSYA…
                           Konuşmacıları, alıntıları, iddiaları ve rakamları bulur.
  eval --gold KLASÖR       Analizi referans işaretlemeyle karşılaştırarak puanlar.
  export-pdf -o ÇIKTI.pdf [--sources LİSTE] [--page-size a4|letter]
             [--categories LİSTE] [--no-charts] PROJE_YA_DA_DOSYALAR…
                           Bir projenin ya da dosyaların işaretlenmiş PDF&apos;ini yazar.
  export-qdpx | export-qdc | export-csv | export-json -o ÇIKTI PROJE_YA_DA_DOSYALAR…
                           REFI-QDA projesi ya da kod kitabı yazar veya alıntıları,
                           iddiaları, rakamları ve tutumları CSV ya da JSON olarak yazar.
  import-qdpx -o YENİ.claimscope PROJE.qdpx
                           Bir REFI-QDA projesinden yeni proje oluşturur.</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>an OLE compound file (Word 97–2003?), not DOCX</source>
        <translation>bir OLE bileşik dosyası (Word 97–2003?), DOCX değil</translation>
    </message>
    <message>
        <source>%1: no w:body element</source>
        <translation>%1: w:body öğesi yok</translation>
    </message>
</context>
<context>
    <name>EpubImporter</name>
    <message>
        <source>%1: no readable document in the spine</source>
        <translation>%1: okuma sırasında (spine) okunabilir belge yok</translation>
    </message>
    <message>
        <source>%1: no rootfile element</source>
        <translation>%1: rootfile öğesi yok</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the annotated PDF of a project, or of files imported and analysed for it, as File → Export Annotated PDF writes it.</source>
        <translation>Bir projenin ya da bunun için içe aktarılıp analiz edilen dosyaların işaretlenmiş PDF’ini, Dosya → İşaretlenmiş PDF Olarak Dışa Aktar komutunun yazdığı gibi yazar.</translation>
    </message>
    <message>
        <source>The PDF to write (required).</source>
        <translation>Yazılacak PDF (zorunlu).</translation>
    </message>
    <message>
        <source>The sources to export, in this order, separated by commas: numbers (1 is the project&apos;s first source) or exact titles. Default: every source.</source>
        <translation>Bu sırayla dışa aktarılacak kaynaklar, virgülle ayrılmış: numaralar (1, projenin ilk kaynağıdır) ya da tam başlıklar. Varsayılan: tüm kaynaklar.</translation>
    </message>
    <message>
        <source>a4 or letter. Default: from the locale (%1 here).</source>
        <translation>a4 veya letter. Varsayılan: bölge ayarlarına göre (burada %1).</translation>
    </message>
    <message>
        <source>What to highlight and annotate, separated by commas: quote, claim, figure, speaker-mention. Default: quote,claim,figure.</source>
        <translation>Neyin vurgulanıp işaretleneceği, virgülle ayrılmış: quote (alıntı), claim (iddia), figure (rakam), speaker-mention (konuşmacının anılması). Varsayılan: quote,claim,figure.</translation>
    </message>
    <message>
        <source>Leave out the charts.</source>
        <translation>Grafikleri ekleme.</translation>
    </message>
    <message>
        <source>A Claimscope project (opened read-only), or files and folders to import and analyse.</source>
        <translation>Bir Claimscope projesi (salt okunur açılır) ya da içe aktarılıp analiz edilecek dosyalar ve klasörler.</translation>
    </message>
    <message>
        <source>PROJECT | FILE…</source>
        <translation>PROJE | DOSYA…</translation>
    </message>
    <message>
        <source>-o FILE is required: where to write the PDF</source>
        <translation>-o DOSYA gerekli: PDF’in yazılacağı yer</translation>
    </message>
    <message>
        <source>no project or file given</source>
        <translation>proje ya da dosya belirtilmedi</translation>
    </message>
    <message>
        <source>unknown page size “%1”; use a4 or letter</source>
        <translation>bilinmeyen sayfa boyutu “%1”; a4 veya letter kullanın</translation>
    </message>
    <message>
        <source>unknown category “%1”; use quote, claim, figure or speaker-mention</source>
        <translation>bilinmeyen kategori “%1”; quote, claim, figure veya speaker-mention kullanın</translation>
    </message>
    <message>
        <source>--categories needs at least one category</source>
        <translation>--categories en az bir kategori gerektirir</translation>
    </message>
    <message>
        <source>--sources holds an empty name</source>
        <translation>--sources boş bir ad içeriyor</translation>
    </message>
    <message numerus="yes">
        <source>there is no source %1: the project has %n source(s)</source>
        <translation>
            <numerusform>%1 numaralı kaynak yok: projede %n kaynak var</numerusform>
        </translation>
    </message>
    <message>
        <source>no source is titled “%1”</source>
        <translation>“%1” başlıklı kaynak yok</translation>
    </message>
    <message numerus="yes">
        <source>%n sources are titled “%1”; give the number of the one you mean</source>
        <translation>
            <numerusform>%n kaynağın başlığı “%1”; istediğiniz kaynağın numarasını verin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesIntoProject</name>
    <message>
        <source>“%1”: highlighting failed: %2</source>
        <translation>“%1”: vurgulama başarısız oldu: %2</translation>
    </message>
    <message>
        <source>“%1”: the source could not be added</source>
        <translation>“%1”: kaynak eklenemedi</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>the file does not exist</source>
        <translation>dosya mevcut değil</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>bu bir klasör, dosya değil</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>bu normal bir dosya değil</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>dosya okunamıyor (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>dosya boş</translation>
    </message>
    <message>
        <source>the file is too large (%1); the limit is %2</source>
        <translation>dosya çok büyük (%1); en fazla %2 olabilir</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>bu bir ikili dosya, metin değil</translation>
    </message>
    <message>
        <source>this is a binary file (%1), not text</source>
        <translation>bu bir ikili dosya (%1), metin değil</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (first bad byte on line %1)</source>
        <translation>metin UTF-8 kodlamasına uygun değil (ilk hatalı bayt %1. satırda)</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>metin %1 kodlamasına uygun değil</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation>metnin kodlaması belirlenemedi</translation>
    </message>
    <message>
        <source>%1 files cannot be imported yet</source>
        <translation>%1 dosyaları henüz içe aktarılamıyor</translation>
    </message>
    <message>
        <source>the file contains no readable text</source>
        <translation>dosyada okunabilir metin yok</translation>
    </message>
    <message>
        <source>the file is malformed (%1)</source>
        <translation>dosyanın yapısı hatalı (%1)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>PDF parolayla korunuyor</translation>
    </message>
    <message>
        <source>the password for this PDF is not correct</source>
        <translation>bu PDF için girilen parola yanlış</translation>
    </message>
    <message>
        <source>the PDF has no text layer, only images (a scanned document?); Claimscope does not recognise text in images</source>
        <translation>PDF’de metin katmanı yok, yalnızca görüntüler var (taranmış bir belge mi?); Claimscope görüntülerdeki metni tanımaz</translation>
    </message>
    <message>
        <source>the document is encrypted; save an unencrypted copy and import that</source>
        <translation>belge şifrelenmiş; şifrelenmemiş bir kopyasını kaydedip onu içe aktarın</translation>
    </message>
    <message>
        <source>the document is refused as a possible ZIP bomb (%1)</source>
        <translation>belge olası bir ZIP bombası olarak reddedildi (%1)</translation>
    </message>
    <message numerus="yes">
        <source>the PDF has %n page(s); the limit is %1</source>
        <translation>
            <numerusform>PDF’de %n sayfa var; sınır %1 sayfa</numerusform>
        </translation>
    </message>
    <message>
        <source>this is a REFI-QDA project; open it with File → Import REFI-QDA Project (or claimscope import-qdpx), which makes a new project of it</source>
        <translation>bu bir REFI-QDA projesi; Dosya → REFI-QDA Projesini İçe Aktar ile (ya da claimscope import-qdpx ile) açın, bundan yeni bir proje oluşturulur</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Import files as Claimscope would and report what was read.</source>
        <translation>Dosyaları Claimscope&apos;un yaptığı gibi içe aktarır ve neyin okunduğunu bildirir.</translation>
    </message>
    <message>
        <source>Print the extracted plain text too.</source>
        <translation>Çıkarılan düz metni de yazdırır.</translation>
    </message>
    <message>
        <source>Files to inspect.</source>
        <translation>İncelenecek dosyalar.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>DOSYA…</translation>
    </message>
    <message>
        <source>claimscope inspect: no file given</source>
        <translation>claimscope inspect: dosya belirtilmedi</translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation>başlık: %1</translation>
    </message>
    <message>
        <source>format: %1, encoding: %2</source>
        <translation>biçim: %1, kodlama: %2</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>dil: %1</translation>
    </message>
    <message>
        <source>author: %1</source>
        <translation>yazar: %1</translation>
    </message>
    <message>
        <source>outlet: %1</source>
        <translation>yayın organı: %1</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>tarih: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), with the place of every word on them</source>
        <translation>
            <numerusform>%n sayfa; her sözcüğün sayfadaki yeri biliniyor</numerusform>
        </translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>biçim: %1</translation>
    </message>
</context>
<context>
    <name>InterchangeCommands</name>
    <message>
        <source>Write a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo or QualCoder.</source>
        <translation>ATLAS.ti, MAXQDA, NVivo ya da QualCoder için bir REFI-QDA projesi (.qdpx) yazar.</translation>
    </message>
    <message>
        <source>Write the REFI-QDA codebook (.qdc): the categories and a code per speaker.</source>
        <translation>REFI-QDA kod kitabını (.qdc) yazar: kategoriler ve her konuşmacı için bir kod.</translation>
    </message>
    <message>
        <source>Write the quotes, claims, figures and stances as one CSV table (UTF-8).</source>
        <translation>Alıntıları, iddiaları, rakamları ve tutumları tek bir CSV tablosu (UTF-8) olarak yazar.</translation>
    </message>
    <message>
        <source>Write the quotes, claims, figures and stances as JSON, with the sources and speakers.</source>
        <translation>Alıntıları, iddiaları, rakamları ve tutumları kaynaklar ve konuşmacılarla birlikte JSON olarak yazar.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Yazılacak dosya (zorunlu).</translation>
    </message>
    <message>
        <source>A Claimscope project (opened read-only), or files and folders to import and analyse.</source>
        <translation>Bir Claimscope projesi (salt okunur açılır) ya da içe aktarılıp analiz edilecek dosyalar ve klasörler.</translation>
    </message>
    <message>
        <source>PROJECT | FILE…</source>
        <translation>PROJE | DOSYA…</translation>
    </message>
    <message>
        <source>-o FILE is required: where to write the export</source>
        <translation>-o DOSYA gerekli: dışa aktarımın yazılacağı yer</translation>
    </message>
    <message>
        <source>no project or file given</source>
        <translation>proje ya da dosya belirtilmedi</translation>
    </message>
    <message>
        <source>Make a new Claimscope project from a REFI-QDA project (.qdpx): its text sources, the passages coded Quote, Claim, Figure or Speaker mention, and its speakers. What Claimscope has no place for is kept in the project&apos;s notes.</source>
        <translation>Bir REFI-QDA projesinden (.qdpx) yeni bir Claimscope projesi oluşturur: metin kaynaklarını, Alıntı, İddia, Rakam ya da Konuşmacının anılması koduyla işaretlenmiş bölümleri ve konuşmacıları alır. Claimscope’ta yeri olmayan her şey projenin notlarında saklanır.</translation>
    </message>
    <message>
        <source>The new project to write (required; must not exist).</source>
        <translation>Yazılacak yeni proje (zorunlu; dosya henüz var olmamalı).</translation>
    </message>
    <message>
        <source>The REFI-QDA project to read.</source>
        <translation>Okunacak REFI-QDA projesi.</translation>
    </message>
    <message>
        <source>-o FILE is required: the new project to write</source>
        <translation>-o DOSYA gerekli: yazılacak yeni proje</translation>
    </message>
    <message>
        <source>give exactly one .qdpx file</source>
        <translation>tam olarak bir .qdpx dosyası verin</translation>
    </message>
    <message>
        <source>“%1” exists already; choose a new file</source>
        <translation>“%1” zaten var; yeni bir dosya seçin</translation>
    </message>
    <message>
        <source>Imported into %1: %2</source>
        <translation>%1 içine aktarıldı: %2</translation>
    </message>
    <message>
        <source>kept as a note: %1</source>
        <translation>not olarak saklandı: %1</translation>
    </message>
</context>
<context>
    <name>InterchangeFiles</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” yazılamadı: %2</translation>
    </message>
    <message>
        <source>the ZIP package could not be made (error %1)</source>
        <translation>ZIP paketi oluşturulamadı (hata %1)</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakça</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>%1 trillion</source>
        <translation>%1 trilyon</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 milyar</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 milyon</translation>
    </message>
</context>
<context>
    <name>OdtImporter</name>
    <message>
        <source>%1: no office:body element</source>
        <translation>%1: office:body öğesi yok</translation>
    </message>
</context>
<context>
    <name>PackageXml</name>
    <message>
        <source>%1: a DOCTYPE with declarations</source>
        <translation>%1: bildirimler içeren bir DOCTYPE</translation>
    </message>
    <message>
        <source>a DOCTYPE declaration</source>
        <translation>bir DOCTYPE bildirimi</translation>
    </message>
    <message>
        <source>an unresolved entity &amp;%1;</source>
        <translation>çözümlenemeyen XML varlığı &amp;%1;</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, satır %2: %3</translation>
    </message>
</context>
<context>
    <name>PdfAnnotator</name>
    <message>
        <source>The PDF %1 does not exist.</source>
        <translation>%1 PDF dosyası yok.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be read: %2</source>
        <translation>%1 PDF dosyası okunamadı: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>bu bir dosya değil</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF.</source>
        <translation>%1 dosyası bir PDF değil.</translation>
    </message>
    <message>
        <source>The PDF %1 is incomplete: the file stops before the end of the document.</source>
        <translation>%1 PDF dosyası eksik: dosya, belgenin sonuna gelmeden bitiyor.</translation>
    </message>
    <message>
        <source>the document is locked</source>
        <translation>belge kilitli</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>dosya açılamadı</translation>
    </message>
    <message>
        <source>poppler could not save the document</source>
        <translation>poppler belgeyi kaydedemedi</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
    <message>
        <source>The annotated PDF cannot be written over its own input %1.</source>
        <translation>İşaretlenmiş PDF, kendi girdisi olan %1 dosyasının üzerine yazılamaz.</translation>
    </message>
    <message>
        <source>The PDF %1 is damaged and could not be opened.</source>
        <translation>%1 PDF dosyası hasarlı ve açılamadı.</translation>
    </message>
    <message>
        <source>The PDF %1 is protected by a password.</source>
        <translation>%1 PDF dosyası parolayla korunuyor.</translation>
    </message>
    <message numerus="yes">
        <source>An annotation belongs on page %1, but the PDF %2 has %n page(s).</source>
        <translation>
            <numerusform>Bir işaretleme %1. sayfada olmalı, ancak %2 PDF dosyasında %n sayfa var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of the PDF %2 is damaged.</source>
        <translation>%2 PDF dosyasının %1. sayfası hasarlı.</translation>
    </message>
    <message>
        <source>The document information of %1 could not be set.</source>
        <translation>%1 için belge bilgileri ayarlanamadı.</translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>not a PDF file</source>
        <translation>bir PDF dosyası değil</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>dosya yarıda kesilmiş</translation>
    </message>
</context>
<context>
    <name>PdfLayoutText</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Dışa aktarma iptal edildi.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1” yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Writing “%1” failed: %2</source>
        <translation>“%1” yazılırken hata oluştu: %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Adsız proje</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Dışa aktarma tarihi: %1</translation>
    </message>
    <message>
        <source>Research question</source>
        <translation>Araştırma sorusu</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) exported</source>
        <translation>
            <numerusform>Dışa aktarılan kaynak sayısı: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>How the text is marked</source>
        <translation>Metin nasıl işaretlendi</translation>
    </message>
    <message>
        <source>“quoted words”</source>
        <comment>legend sample of a quote</comment>
        <translation>“alıntılanan sözler”</translation>
    </message>
    <message>
        <source>reported words</source>
        <comment>legend sample of a claim</comment>
        <translation>aktarılan sözler</translation>
    </message>
    <message>
        <source>43.5 billion</source>
        <comment>legend sample of a figure</comment>
        <translation>43,5 milyar</translation>
    </message>
    <message>
        <source>a speaker’s name</source>
        <comment>legend sample of a speaker mention</comment>
        <translation>konuşmacının adı</translation>
    </message>
    <message>
        <source>Quote: a speaker’s own words, tinted in the speaker’s colour (grey when nobody is attributed).</source>
        <translation>Alıntı: konuşmacının kendi sözleri, konuşmacının renginde zeminle (konuşmacı belirtilmemişse gri).</translation>
    </message>
    <message>
        <source>Claim: what a speaker is reported to say, in a fainter tint with a dashed underline.</source>
        <translation>İddia: konuşmacının söylediği aktarılan sözler, daha soluk bir zeminle ve kesikli alt çizgiyle.</translation>
    </message>
    <message>
        <source>Figure: a number the source cites, in bold amber; its value as Claimscope reads it stands in the margin.</source>
        <translation>Rakam: kaynağın verdiği bir sayı, kalın ve kehribar renginde; Claimscope’un okuduğu değer kenar boşluğunda yer alır.</translation>
    </message>
    <message>
        <source>Speaker mention: a person named, in bold, underlined in the speaker’s colour.</source>
        <translation>Konuşmacının anılması: adı geçen kişi, kalın ve konuşmacının renginde altı çizili.</translation>
    </message>
    <message>
        <source>The right margin names the speaker of each quote and claim, gives the value of each figure and the stance a passage carries; a line beside the text marks the passages a stance rests on.</source>
        <translation>Sağ kenar boşluğunda her alıntının ve iddianın konuşmacısı, her rakamın değeri ve bir bölümün yansıttığı tutum yer alır; metnin yanındaki çizgi, bir tutumun dayandığı bölümleri gösterir.</translation>
    </message>
    <message>
        <source>Speakers and their colours</source>
        <translation>Konuşmacılar ve renkleri</translation>
    </message>
    <message>
        <source>No speaker appears in the exported sources.</source>
        <translation>Dışa aktarılan kaynaklarda hiçbir konuşmacı yok.</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator of a source&apos;s outlet, author, date and language</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Başlıksız kaynak</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>Tutum: %1</translation>
    </message>
    <message>
        <source>Stance of %1: %2</source>
        <comment>speaker, score</comment>
        <translation>Tutum (%1): %2</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>konuşmacı yok</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator of a mark&apos;s kind, value and speaker</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Tutumlar</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Söz alanlar</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Konuşmacılar</translation>
    </message>
    <message>
        <source>Bars are coloured by source:</source>
        <translation>Çubukların rengi kaynağı gösterir:</translation>
    </message>
    <message>
        <source>Bars are coloured by speaker:</source>
        <translation>Çubukların rengi konuşmacıyı gösterir:</translation>
    </message>
    <message>
        <source>%1 of %2 sources are drawn, those with the most bars.</source>
        <translation>Toplam %2 kaynaktan en çok çubuğu olan %1 tanesi çiziliyor.</translation>
    </message>
    <message>
        <source>%1 of %2 speakers are drawn, those with the most bars.</source>
        <translation>Toplam %2 konuşmacıdan en çok çubuğu olan %1 tanesi çiziliyor.</translation>
    </message>
    <message>
        <source>%1 of %2 measures are drawn.</source>
        <translation>Toplam %2 ölçütten %1 tanesi çiziliyor.</translation>
    </message>
    <message>
        <source>Index of speakers</source>
        <translation>Konuşmacı dizini</translation>
    </message>
    <message>
        <source>Every speaker quoted or reported in the exported sources, with the pages where they are.</source>
        <translation>Dışa aktarılan kaynaklarda sözleri alıntılanan ya da aktarılan tüm konuşmacılar, geçtikleri sayfalarla.</translation>
    </message>
    <message>
        <source>Nobody is quoted or reported in the exported sources.</source>
        <translation>Dışa aktarılan kaynaklarda kimsenin sözleri alıntılanmıyor ya da aktarılmıyor.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of page numbers in the index of speakers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Original PDF, %n page(s)</source>
        <comment>header of a source shown by its own pages</comment>
        <translation>
            <numerusform>Özgün PDF, %n sayfa</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted on the pages that follow:</source>
        <comment>followed by the names of the kinds, on their tints</comment>
        <translation>Sonraki sayfalarda vurgulananlar:</translation>
    </message>
    <message>
        <source>— quotes and claims in their speaker’s colour. Open a highlight for its speaker, the figure’s value and the stance the passage carries.</source>
        <translation>— alıntılar ve iddialar konuşmacılarının renginde. Konuşmacıyı, rakamın değerini ve pasajın yansıttığı tutumu görmek için bir vurgulamayı açın.</translation>
    </message>
    <message>
        <source>Typeset from the imported text: where its words lie on the original pages was not kept.</source>
        <translation>İçe aktarılan metinden dizildi: sözcüklerin özgün sayfalardaki yerleri saklanmamış.</translation>
    </message>
    <message>
        <source>Typeset from the imported text: the project does not keep the original PDF (a PDF opened with a password is not kept).</source>
        <translation>İçe aktarılan metinden dizildi: proje özgün PDF’i saklamıyor (parolayla açılan bir PDF saklanmaz).</translation>
    </message>
    <message>
        <source>Typeset from the imported text: the original PDF could not be read.</source>
        <translation>İçe aktarılan metinden dizildi: özgün PDF okunamadı.</translation>
    </message>
    <message>
        <source>Typeset from the imported text: the original PDF’s pages are not those the text was read from.</source>
        <translation>İçe aktarılan metinden dizildi: özgün PDF’in sayfaları, metnin okunduğu sayfalarla aynı değil.</translation>
    </message>
</context>
<context>
    <name>PdfOriginalPages</name>
    <message>
        <source>The PDF %1 does not exist.</source>
        <translation>%1 PDF dosyası yok.</translation>
    </message>
    <message>
        <source>The PDF with the original pages cannot be written over its own input %1.</source>
        <translation>Özgün sayfaları içeren PDF, girdi dosyası %1 üzerine yazılamaz.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be read: %2</source>
        <translation>%1 PDF dosyası okunamadı: %2</translation>
    </message>
    <message numerus="yes">
        <source>The original pages of a source belong after page %1, but the PDF %2 has %n page(s).</source>
        <translation>
            <numerusform>Bir kaynağın özgün sayfaları %1. sayfadan sonra gelmeli, ancak %2 PDF dosyasında %n sayfa var.</numerusform>
        </translation>
    </message>
    <message>
        <source>The original PDF %1 could not be read: %2</source>
        <translation>Özgün PDF dosyası (%1) okunamadı: %2</translation>
    </message>
    <message numerus="yes">
        <source>The original PDF %1 has %n page(s), not the %2 expected.</source>
        <translation>
            <numerusform>Özgün PDF dosyasında (%1) beklenen %2 sayfa yerine %n sayfa var.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages of the original PDF %1 could not be copied: %2</source>
        <translation>Özgün PDF dosyasının (%1) sayfaları kopyalanamadı: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message>
        <source>The PDF %1 does not exist.</source>
        <translation>%1 PDF dosyası yok.</translation>
    </message>
    <message>
        <source>The PDF with its outline cannot be written over its own input %1.</source>
        <translation>Yer imli PDF, kendi girdisi olan %1 dosyasının üzerine yazılamaz.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be read: %2</source>
        <translation>%1 PDF dosyası okunamadı: %2</translation>
    </message>
    <message numerus="yes">
        <source>The outline entry “%1” points to page %2, but the PDF %3 has %n page(s).</source>
        <translation>
            <numerusform>“%1” yer imi %2. sayfayı gösteriyor, ancak %3 PDF dosyasında %n sayfa var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Mark as Quote</source>
        <translation>Alıntı olarak işaretle</translation>
    </message>
    <message>
        <source>Mark as Claim</source>
        <translation>İddia olarak işaretle</translation>
    </message>
    <message>
        <source>Mark as Figure</source>
        <translation>Rakam olarak işaretle</translation>
    </message>
    <message>
        <source>Mark as Speaker Mention</source>
        <translation>Konuşmacının anılması olarak işaretle</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>İşaretlemeyi düzenle</translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>İşaretleme türünü değiştir</translation>
    </message>
    <message>
        <source>Clear Speaker</source>
        <translation>Konuşmacıyı kaldır</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Konuşmacıyı değiştir</translation>
    </message>
    <message>
        <source>Change Cue</source>
        <translation>Aktarım ifadesini değiştir</translation>
    </message>
    <message>
        <source>Edit Figure</source>
        <translation>Rakamı düzenle</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notu düzenle</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>İşaretlemeyi sil</translation>
    </message>
    <message>
        <source>Set Stance</source>
        <translation>Tutumu belirle</translation>
    </message>
    <message>
        <source>Add Speaker</source>
        <translation>Konuşmacı ekle</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>Konuşmacıyı yeniden adlandır</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Alternatif ad ekle</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Alternatif adı kaldır</translation>
    </message>
    <message>
        <source>Merge Speakers</source>
        <translation>Konuşmacıları birleştir</translation>
    </message>
</context>
<context>
    <name>ProjectInput</name>
    <message>
        <source>the lexicon&apos;s speakers could not be added</source>
        <translation>sözlükteki konuşmacılar eklenemedi</translation>
    </message>
    <message>
        <source>no file to import in %1</source>
        <translation>%1 içinde içe aktarılacak dosya yok</translation>
    </message>
    <message>
        <source>give one project, or files to import, not both</source>
        <translation>ya bir proje ya da içe aktarılacak dosyalar verin, ikisini birden değil</translation>
    </message>
    <message>
        <source>the output would replace “%1”; choose another -o</source>
        <translation>çıktı “%1” dosyasının yerine geçerdi; başka bir -o seçin</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bulunamadı.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a special file, not a Claimscope project.</source>
        <translation>“%1” bir klasör ya da özel bir dosya; Claimscope projesi değil.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a Claimscope project.</source>
        <translation>“%1” boş; Claimscope projesi değil.</translation>
    </message>
    <message>
        <source>“%1” is not a Claimscope project.</source>
        <translation>“%1” bir Claimscope projesi değil.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Claimscope project.</source>
        <translation>“%1” başka bir programın veritabanı; Claimscope projesi değil.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program: it contains database triggers, views or virtual tables (%2), which Claimscope never writes. For your safety it is not opened.</source>
        <translation>“%1” başka bir program tarafından değiştirilmiş: Claimscope’un hiçbir zaman oluşturmadığı veritabanı tetikleyicileri, görünümleri veya sanal tabloları (%2) içeriyor. Güvenliğiniz için açılmadı.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” okunamıyor: %2.</translation>
    </message>
    <message>
        <source>“%1” is incomplete: the file is shorter than its contents say. It may have been cut off while it was copied or downloaded.</source>
        <translation>“%1” eksik: dosya, içeriğinin gerektirdiğinden kısa. Kopyalanırken veya indirilirken yarıda kesilmiş olabilir.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). If you have a copy of it, open the copy.</source>
        <translation>“%1” hasarlı ve açılamıyor (%2). Bir kopyası varsa kopyayı açın.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Claimscope (project format %2; this version reads formats up to %3). Update Claimscope to open it.</source>
        <translation>“%1”, Claimscope’un daha yeni bir sürümüyle kaydedilmiş (proje biçimi %2; bu sürüm %3 biçimine kadar okuyabiliyor). Açmak için Claimscope’u güncelleyin.</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another Claimscope window or program. You can open it read-only until it is closed there.</source>
        <translation>“%1” başka bir Claimscope penceresinde veya programda düzenleme için açık. Orada kapatılana kadar salt okunur olarak açabilirsiniz.</translation>
    </message>
    <message>
        <source>“%1” cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>“%1” değiştirilemiyor: dosya ya da bulunduğu klasör salt okunur. Salt okunur olarak açabilirsiniz.</translation>
    </message>
    <message>
        <source>“%1” was not closed properly, and its last unfinished change has to be undone before it can be read. Open it once in a folder where you may write.</source>
        <translation>“%1” düzgün kapatılmamış; okunabilmesi için yarım kalan son değişikliğin geri alınması gerekiyor. Dosyayı bir kez, yazma izniniz olan bir klasörde açın.</translation>
    </message>
    <message>
        <source>“%1” is open read-only; the change was not saved.</source>
        <translation>“%1” salt okunur açık; değişiklik kaydedilmedi.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” zaten var.</translation>
    </message>
    <message>
        <source>“%1” could not be brought up to date for this version of Claimscope (%2). A copy of the file as it was is kept beside it.</source>
        <translation>“%1”, Claimscope’un bu sürümü için güncellenemedi (%2). Dosyanın önceki hâlinin bir kopyası yanında saklanıyor.</translation>
    </message>
    <message>
        <source>Claimscope could not save to “%1”: %2.</source>
        <translation>Claimscope “%1” dosyasına kaydedemedi: %2.</translation>
    </message>
    <message>
        <source>Claimscope cannot open “%1”: Qt’s SQLite driver is not installed.</source>
        <translation>Claimscope “%1” dosyasını açamıyor: Qt’nin SQLite sürücüsü kurulu değil.</translation>
    </message>
</context>
<context>
    <name>RefiCodebook</name>
    <message>
        <source>Direct speech: the words inside the quotation marks. The child codes name the speaker.</source>
        <translation>Doğrudan söz: tırnak içindeki sözcükler. Alt kodlar konuşmacıyı belirtir.</translation>
    </message>
    <message>
        <source>Reported speech: what someone is said to have said or claimed. The child codes name the speaker.</source>
        <translation>Aktarılan söz: birinin söylediği ya da iddia ettiği bildirilen şey. Alt kodlar konuşmacıyı belirtir.</translation>
    </message>
    <message>
        <source>A figure the text cites, with its value and unit in a linked note. The child codes name the speaker it is quoted from.</source>
        <translation>Metnin yer verdiği bir rakam; değeri ve birimi bağlı bir nottadır. Alt kodlar rakamın alıntılandığı konuşmacıyı belirtir.</translation>
    </message>
    <message>
        <source>A place where the text names a speaker. The child codes name the speaker.</source>
        <translation>Metnin bir konuşmacıyı andığı yer. Alt kodlar konuşmacıyı belirtir.</translation>
    </message>
</context>
<context>
    <name>RefiImport</name>
    <message>
        <source>the project holds no text source that could be read</source>
        <translation>projede okunabilen hiçbir metin kaynağı yok</translation>
    </message>
    <message>
        <source>text source “%1” refers to a file outside the package (%2); it was not read</source>
        <translation>“%1” metin kaynağı paketin dışındaki bir dosyaya başvuruyor (%2); okunmadı</translation>
    </message>
    <message>
        <source>text source “%1” could not be read: %2</source>
        <translation>“%1” metin kaynağı okunamadı: %2</translation>
    </message>
    <message>
        <source>text source “%1” is not valid UTF-8; it was not imported</source>
        <translation>“%1” metin kaynağı geçerli UTF-8 değil; içe aktarılmadı</translation>
    </message>
    <message>
        <source>text source “%1” has no text</source>
        <translation>“%1” metin kaynağında metin yok</translation>
    </message>
    <message>
        <source>a passage at %1–%2 in “%3” lies outside its text</source>
        <translation>“%3” içindeki %1–%2 konumundaki bölüm metnin dışında kalıyor</translation>
    </message>
    <message>
        <source>“%1” in “%2”, coded %3</source>
        <translation>“%2” içinde “%1”, kodlar: %3</translation>
    </message>
    <message>
        <source>“%1” in “%2”, without a code</source>
        <translation>“%2” içinde “%1”, kodsuz</translation>
    </message>
    <message>
        <source>Also coded as: %1</source>
        <translation>Diğer kodlar: %1</translation>
    </message>
    <message>
        <source>text source “%1” as a whole, coded %2</source>
        <translation>“%1” metin kaynağının tamamı, kodlar: %2</translation>
    </message>
    <message>
        <source>note on “%1”: %2</source>
        <translation>“%1” hakkında not: %2</translation>
    </message>
    <message>
        <source>“%1”: %2 = %3</source>
        <translation>“%1”: %2 = %3</translation>
    </message>
    <message>
        <source>project note: %1</source>
        <translation>proje notu: %1</translation>
    </message>
    <message>
        <source>project description: %1</source>
        <translation>proje açıklaması: %1</translation>
    </message>
    <message>
        <source>Kept from the REFI-QDA project “%1”, which had no other place for them in Claimscope:</source>
        <translation>Claimscope’ta başka yeri olmadığı için “%1” REFI-QDA projesinden saklananlar:</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Kaynak %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n kaynak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n konuşmacı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n işaretleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stance(s)</source>
        <translation>
            <numerusform>%n tutum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) kept as project notes</source>
        <translation>
            <numerusform>%n öge proje notlarında saklandı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefiProjectReader</name>
    <message>
        <source>project.qde is not a REFI-QDA 1.0 project</source>
        <translation>project.qde bir REFI-QDA 1.0 projesi değil</translation>
    </message>
    <message>
        <source>PDF source “%1” (only text sources are imported)</source>
        <translation>“%1” PDF kaynağı (yalnızca metin kaynakları içe aktarılır)</translation>
    </message>
    <message>
        <source>picture source “%1” (only text sources are imported)</source>
        <translation>“%1” görsel kaynağı (yalnızca metin kaynakları içe aktarılır)</translation>
    </message>
    <message>
        <source>audio source “%1” (only text sources are imported)</source>
        <translation>“%1” ses kaynağı (yalnızca metin kaynakları içe aktarılır)</translation>
    </message>
    <message>
        <source>video source “%1” (only text sources are imported)</source>
        <translation>“%1” video kaynağı (yalnızca metin kaynakları içe aktarılır)</translation>
    </message>
    <message>
        <source>set “%1”</source>
        <translation>“%1” kümesi</translation>
    </message>
    <message>
        <source>link “%1”</source>
        <translation>“%1” bağlantısı</translation>
    </message>
    <message>
        <source>graph “%1”</source>
        <translation>“%1” grafiği</translation>
    </message>
    <message>
        <source>unknown source element “%1” named “%2” (only text sources are imported)</source>
        <translation>“%2” adlı bilinmeyen kaynak öğesi “%1” (yalnızca metin kaynakları içe aktarılır)</translation>
    </message>
</context>
<context>
    <name>RefiProjectWriter</name>
    <message>
        <source>Claimscope analysis</source>
        <translation>Claimscope analizi</translation>
    </message>
    <message>
        <source>Claimscope user</source>
        <translation>Claimscope kullanıcısı</translation>
    </message>
    <message>
        <source>Figure value</source>
        <translation>Rakamın değeri</translation>
    </message>
    <message>
        <source>Stance of %1</source>
        <translation>Tutum: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Research question</source>
        <translation>Araştırma sorusu</translation>
    </message>
    <message>
        <source>Project notes</source>
        <translation>Proje notları</translation>
    </message>
</context>
<context>
    <name>RefiVocabulary</name>
    <message>
        <source>Outlet</source>
        <translation>Yayın organı</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Analysed by Claimscope</source>
        <translation>Claimscope ile analiz edildi</translation>
    </message>
    <message>
        <source>Speaker id</source>
        <translation>Konuşmacı kimliği</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Kind of speaker</source>
        <translation>Konuşmacı türü</translation>
    </message>
    <message>
        <source>Name forms (English)</source>
        <translation>Ad biçimleri (İngilizce)</translation>
    </message>
    <message>
        <source>Name forms (Russian)</source>
        <translation>Ad biçimleri (Rusça)</translation>
    </message>
    <message>
        <source>Name forms (Turkish)</source>
        <translation>Ad biçimleri (Türkçe)</translation>
    </message>
    <message>
        <source>Suggested by the analysis</source>
        <translation>Analiz tarafından önerildi</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>The sample project’s speakers could not be written.</source>
        <translation>Örnek projenin konuşmacıları yazılamadı.</translation>
    </message>
    <message>
        <source>Creating the sample project was cancelled.</source>
        <translation>Örnek projenin oluşturulması iptal edildi.</translation>
    </message>
    <message>
        <source>The sample article “%1” could not be written.</source>
        <translation>Örnek makale “%1” yazılamadı.</translation>
    </message>
</context>
<context>
    <name>TextStatisticsLabels</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln karakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln sözcük</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>not a ZIP archive, or a truncated one</source>
        <translation>bir ZIP arşivi değil ya da arşiv yarıda kesilmiş</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; the limit is %1</source>
        <translation>
            <numerusform>%n girdi; sınır %1</numerusform>
        </translation>
    </message>
    <message>
        <source>more entries than the limit of %1</source>
        <translation>girdi sayısı %1 sınırını aşıyor</translation>
    </message>
    <message>
        <source>damaged ZIP directory</source>
        <translation>ZIP dizini bozuk</translation>
    </message>
    <message>
        <source>%1: two entries of this name</source>
        <translation>%1: bu adda iki girdi var</translation>
    </message>
    <message>
        <source>%1: compression method %2 is not supported</source>
        <translation>%1: %2 sıkıştırma yöntemi desteklenmiyor</translation>
    </message>
    <message>
        <source>%1 unpacked; the limit is %2</source>
        <translation>açıldığında %1; sınır %2</translation>
    </message>
    <message>
        <source>%1 unpacked in all; the limit is %2</source>
        <translation>açıldığında toplam %1; sınır %2</translation>
    </message>
    <message>
        <source>compression ratio %1:1; the limit is %2:1</source>
        <translation>sıkıştırma oranı %1:1; sınır %2:1</translation>
    </message>
    <message>
        <source>%1: larger than the archive</source>
        <translation>%1: arşivin kendisinden büyük</translation>
    </message>
    <message>
        <source>%1: cannot be located</source>
        <translation>%1: bulunamıyor</translation>
    </message>
    <message>
        <source>%1: damaged entry</source>
        <translation>%1: girdi bozuk</translation>
    </message>
    <message>
        <source>%1: damaged compressed data</source>
        <translation>%1: sıkıştırılmış veri bozuk</translation>
    </message>
    <message>
        <source>more than %1 unpacked</source>
        <translation>açıldığında %1 sınırını aşıyor</translation>
    </message>
    <message>
        <source>more than %1 unpacked in all</source>
        <translation>açıldığında toplamda %1 sınırını aşıyor</translation>
    </message>
    <message>
        <source>compression ratio over %1:1 while unpacking</source>
        <translation>açılırken sıkıştırma oranı %1:1 sınırını aştı</translation>
    </message>
    <message>
        <source>%1: checksum mismatch</source>
        <translation>%1: sağlama toplamı tutmuyor</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 eksik</translation>
    </message>
</context>
<context>
    <name>claimscope::core::AnnotationsModel</name>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Konuşmacı</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Aktarım ifadesi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Köken</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>İddia</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <source>Speaker mention</source>
        <translation>Konuşmacının anılması</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Elle</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Düzenlendi</translation>
    </message>
</context>
<context>
    <name>claimscope::core::FiguresModel</name>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
</context>
<context>
    <name>claimscope::core::HighlighterClient</name>
    <message>
        <source>the highlighting helper was not found at %1</source>
        <translation>vurgulama yardımcı programı %1 konumunda bulunamadı</translation>
    </message>
    <message>
        <source>the highlighting helper crashed</source>
        <translation>vurgulama yardımcı programı çöktü</translation>
    </message>
    <message>
        <source>the highlighting helper stopped (exit code %1)</source>
        <translation>vurgulama yardımcı programı durdu (çıkış kodu %1)</translation>
    </message>
    <message>
        <source>the highlighting helper could not be started: %1</source>
        <translation>vurgulama yardımcı programı başlatılamadı: %1</translation>
    </message>
    <message>
        <source>the highlighting helper did not introduce itself</source>
        <translation>vurgulama yardımcı programı başlangıçta yanıt vermedi</translation>
    </message>
    <message>
        <source>the request was lost</source>
        <translation>istek kayboldu</translation>
    </message>
    <message>
        <source>the highlighting helper wrote something that is not a reply</source>
        <translation>vurgulama yardımcı programı yanıt olmayan bir çıktı verdi</translation>
    </message>
    <message>
        <source>the highlighting helper speaks another protocol</source>
        <translation>vurgulama yardımcı programı başka bir protokol sürümü kullanıyor</translation>
    </message>
    <message>
        <source>the highlighting helper answered a request that was not asked</source>
        <translation>vurgulama yardımcı programı gönderilmemiş bir isteği yanıtladı</translation>
    </message>
    <message numerus="yes">
        <source>the highlighting helper did not answer within %Ln second(s)</source>
        <translation>
            <numerusform>vurgulama yardımcı programı %Ln saniye içinde yanıt vermedi</numerusform>
        </translation>
    </message>
    <message>
        <source>the highlighting helper stopped answering</source>
        <translation>vurgulama yardımcı programı yanıt vermeyi bıraktı</translation>
    </message>
    <message>
        <source>the highlighting helper sent an invalid reply</source>
        <translation>vurgulama yardımcı programı geçersiz bir yanıt gönderdi</translation>
    </message>
</context>
<context>
    <name>claimscope::core::HtmlImporter</name>
    <message>
        <source>HTML nested deeper than %1 elements</source>
        <translation>HTML, %1 öğeden daha derin iç içe geçmiş</translation>
    </message>
</context>
<context>
    <name>claimscope::core::SourceListModel</name>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Yayın organı</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>claimscope::core::SpeakersModel</name>
    <message>
        <source>Suggested by the analysis: not in the lexicon</source>
        <translation>Analizin önerisi: sözlükte yok</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Alıntılar</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>İddialar</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Anılmalar</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::AboutBox</name>
    <message>
        <source>About Claimscope</source>
        <translation>Claimscope Hakkında</translation>
    </message>
    <message>
        <source>LGPL 3.0</source>
        <translation>LGPL 3.0</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>MIT lisansı</translation>
    </message>
    <message>
        <source>BSD 2-clause licence</source>
        <translation>2 maddeli BSD lisansı</translation>
    </message>
    <message>
        <source>MPL 1.1, GPL 2.0 or LGPL 2.1</source>
        <translation>MPL 1.1, GPL 2.0 veya LGPL 2.1</translation>
    </message>
    <message>
        <source>See who said what, who claimed what, and which figures each source cites.</source>
        <translation>Kimin ne dediğini, kimin neyi iddia ettiğini ve her kaynağın hangi rakamlara yer verdiğini görün.</translation>
    </message>
    <message>
        <source>Claimscope is free software under the GNU General Public License, version 3 or later. It never uses the network and collects no data.</source>
        <translation>Claimscope, GNU Genel Kamu Lisansı&apos;nın 3. veya daha sonraki bir sürümüyle dağıtılan özgür bir yazılımdır. Hiçbir zaman ağa bağlanmaz ve hiçbir veri toplamaz.</translation>
    </message>
    <message>
        <source>Built with these libraries:</source>
        <translation>Kullanılan kütüphaneler:</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::AliasDialog</name>
    <message>
        <source>No aliases in this language yet.</source>
        <translation>Bu dilde henüz alternatif ad yok.</translation>
    </message>
    <message>
        <source>Already known: %1</source>
        <translation>Bilinen adlar: %1</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Alternatif Ad Ekle</translation>
    </message>
    <message>
        <source>Another name or spelling under which “%1” appears in the sources.</source>
        <translation>“%1” kaynaklarda başka bir ad ya da yazılışla geçiyorsa buraya ekleyin.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alternatif ad:</translation>
    </message>
    <message>
        <source>Give Russian names in the nominative case: the other cases are found automatically.</source>
        <translation>Rusça adları yalın hâlde yazın; diğer hâller otomatik olarak bulunur.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::AnnotationEditor</name>
    <message>
        <source>Mark as &amp;Quote</source>
        <translation>&amp;Alıntı Olarak İşaretle</translation>
    </message>
    <message>
        <source>Mark as C&amp;laim</source>
        <translation>İ&amp;ddia Olarak İşaretle</translation>
    </message>
    <message>
        <source>Mark as &amp;Figure</source>
        <translation>&amp;Rakam Olarak İşaretle</translation>
    </message>
    <message>
        <source>Mark as Speaker &amp;Mention…</source>
        <translation>Konuşmacının A&amp;nılması Olarak İşaretle…</translation>
    </message>
    <message>
        <source>Choose S&amp;peaker…</source>
        <translation>Konuşmacı &amp;Seç…</translation>
    </message>
    <message>
        <source>C&amp;lear Speaker</source>
        <translation>Konuşmacıyı &amp;Kaldır</translation>
    </message>
    <message>
        <source>Set S&amp;tance…</source>
        <translation>&amp;Tutumu Belirle…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notu Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>İşaretlemeyi &amp;Sil</translation>
    </message>
    <message>
        <source>Show &amp;Only This Speaker</source>
        <translation>&amp;Yalnızca Bu Konuşmacıyı Göster</translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>K&amp;onuşmacı</translation>
    </message>
    <message>
        <source>&amp;Other Speaker…</source>
        <translation>&amp;Başka Konuşmacı…</translation>
    </message>
    <message>
        <source>“%1” is not a figure Claimscope can read. Select a number with its unit, such as “43 billion dollars” or “80%”.</source>
        <translation>“%1”, Claimscope’un okuyabildiği bir rakam değil. Sayıyı birimiyle birlikte seçin; örneğin “43 milyar dolar” veya “%80”.</translation>
    </message>
    <message>
        <source>Mark as Speaker Mention</source>
        <translation>Konuşmacının anılması olarak işaretle</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Konuşmacıyı değiştir</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notu düzenle</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>“%1” için not:</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::AnnotationsPanel</name>
    <message>
        <source>Filter by speaker</source>
        <translation>Konuşmacıya göre filtrele</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Kaynağa göre filtrele</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Gösterilen: %1 / %2</translation>
    </message>
    <message>
        <source>Search quotes and claims</source>
        <translation>Alıntılarda ve iddialarda ara</translation>
    </message>
    <message>
        <source>Show only quotes and claims that contain this text</source>
        <translation>Yalnızca bu metni içeren alıntıları ve iddiaları göster</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Alıntılar</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>İddialar</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Türe göre filtrele</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tüm konuşmacılar</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Konuşmacısız</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Quotes and claims</source>
        <translation>Alıntılar ve iddialar</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ChartCanvas</name>
    <message>
        <source>Passage %1 of %2</source>
        <translation>Bölüm %1 / %2</translation>
    </message>
    <message>
        <source>Nothing to show: no source of the selection has any.</source>
        <translation>Gösterilecek bir şey yok: seçili kaynaklarda bu türden veri bulunmuyor.</translation>
    </message>
    <message>
        <source>The sources cite different values for: %1.</source>
        <translation>Kaynaklar farklı rakamlar veriyor: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 sources are drawn one by one, those with the most bars; the others are summed up as “Other sources”.</source>
        <translation>Toplam %2 kaynaktan en çok çubuğu olan %1 tanesi ayrı ayrı çiziliyor; diğerleri “Diğer kaynaklar” altında toplanıyor.</translation>
    </message>
    <message>
        <source>%1 of %2 sources are drawn, those with the most bars.</source>
        <translation>Toplam %2 kaynaktan en çok çubuğu olan %1 tanesi çiziliyor.</translation>
    </message>
    <message>
        <source>%1 of %2 speakers are drawn.</source>
        <translation>Toplam %2 konuşmacıdan %1 tanesi çiziliyor.</translation>
    </message>
    <message>
        <source>Turn on Selected Sources Only to choose the sources, or show one speaker from the Speakers panel.</source>
        <translation>Kaynakları seçmek için “Yalnızca Seçili Kaynaklar”ı açın; tek bir konuşmacıyı göstermek için Konuşmacılar panelinde ona çift tıklayın.</translation>
    </message>
    <message>
        <source>Show one speaker from the Speakers panel to see the others.</source>
        <translation>Diğerlerini görmek için Konuşmacılar panelinde istediğiniz konuşmacıya çift tıklayın.</translation>
    </message>
    <message numerus="yes">
        <source>%n more: see the Quotes and Claims panel</source>
        <translation>
            <numerusform>%n tane daha: Alıntılar ve İddialar paneline bakın</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 measures are drawn.</source>
        <translation>Toplam %2 ölçütten %1 tanesi çiziliyor.</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ChartsPanel</name>
    <message>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Tutumlar</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Söz alanlar</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Açık proje yok</translation>
    </message>
    <message>
        <source>Sources: all (%1)</source>
        <translation>Kaynaklar: tümü (%1)</translation>
    </message>
    <message>
        <source>Sources: %1 of %2</source>
        <translation>Kaynaklar: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Speaker: %1</source>
        <translation>
            <numerusform>Konuşmacı: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimscope %1</source>
        <comment>an exported chart&apos;s file name; %1 is the tab, e.g. Stances</comment>
        <translation>Claimscope %1</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG resmi (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Grafiği SVG Olarak Dışa Aktar</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Grafiği PNG Olarak Dışa Aktar</translation>
    </message>
    <message>
        <source>The chart was not exported.</source>
        <translation>Grafik dışa aktarılmadı.</translation>
    </message>
    <message>
        <source>Selected Sources Only</source>
        <translation>Yalnızca Seçili Kaynaklar</translation>
    </message>
    <message>
        <source>Chart only the sources selected in the Sources panel (select several with Ctrl or Shift)</source>
        <translation>Grafiklerde yalnızca Kaynaklar panelinde seçili kaynakları göster (birden fazlasını Ctrl veya Shift ile seçebilirsiniz)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa Aktar</translation>
    </message>
    <message>
        <source>Export the visible chart as an image</source>
        <translation>Görüntülenen grafiği resim olarak dışa aktar</translation>
    </message>
    <message>
        <source>As PNG Image…</source>
        <translation>PNG Resmi Olarak…</translation>
    </message>
    <message>
        <source>As SVG Drawing…</source>
        <translation>SVG Çizimi Olarak…</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::DesktopFilesPrompt</name>
    <message numerus="yes">
        <source>Import %n file(s) into the open project?</source>
        <translation>
            <numerusform>%n dosya açık projeye içe aktarılsın mı?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) into “%1”?</source>
        <translation>
            <numerusform>%n dosya “%1” projesine içe aktarılsın mı?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe Aktar</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::DocumentView</name>
    <message>
        <source>Choose a source on the left, or add files with File → Import Sources.</source>
        <translation>Soldan bir kaynak seçin veya Dosya → Kaynakları İçe Aktar ile dosya ekleyin.</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ExportPdfDialog</name>
    <message numerus="yes">
        <source>The whole project (%n source(s))</source>
        <translation>
            <numerusform>Projenin tamamı (%n kaynak)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sources selected in the Sources panel (%n)</source>
        <translation>
            <numerusform>Kaynaklar panelinde seçili kaynaklar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Alıntılar</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>İddialar</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>Speaker mentions</source>
        <translation>Konuşmacıların anılmaları</translation>
    </message>
    <message>
        <source>Add the charts (figures, stances, voices)</source>
        <translation>Grafikleri ekle (rakamlar, tutumlar, söz alanlar)</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>İşaretlenmiş PDF Olarak Dışa Aktar</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 inç)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Highlight and annotate</source>
        <translation>Vurgula ve işaretle</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Sayfa boyutu:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa Aktar…</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::FiguresPanel</name>
    <message>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Find in text</source>
        <translation>Metinde bul</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Önceki eşleşme (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Sonraki eşleşme (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Büyük/küçük harfe duyarlı</translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation>Arama çubuğunu kapat (Esc)</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::HighlightLegend</name>
    <message>
        <source>Speaker</source>
        <translation>Konuşmacı</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <source>Quotation mark</source>
        <translation>Tırnak işareti</translation>
    </message>
    <message>
        <source>Reporting verb</source>
        <translation>Aktarım ifadesi</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>İddia</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ImportErrorDialog</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n dosya açılamadı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ImportProgressDialog</name>
    <message>
        <source>Importing Sources</source>
        <translation>Kaynaklar içe aktarılıyor</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Dosyalar okunuyor…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n source(s)…</source>
        <translation>
            <numerusform>%n kaynak analiz ediliyor…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n dosya okunuyor…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n source(s) to the project…</source>
        <translation>
            <numerusform>%n kaynak projeye ekleniyor…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::InterchangeFlow</name>
    <message>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA projesi</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA kod kitabı</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV tablosu</translation>
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
        <translation>&amp;Dışa Aktar</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Project (.qdpx)…</source>
        <translation>REFI-QDA &amp;Projesi (.qdpx)…</translation>
    </message>
    <message>
        <source>Write the sources, annotations, speakers and notes for ATLAS.ti, MAXQDA, NVivo or QualCoder</source>
        <translation>Kaynakları, işaretlemeleri, konuşmacıları ve notları ATLAS.ti, MAXQDA, NVivo ya da QualCoder için yaz</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Codebook (.qdc)…</source>
        <translation>REFI-QDA &amp;Kod Kitabı (.qdc)…</translation>
    </message>
    <message>
        <source>Write the categories, with a code per speaker, for another QDA program</source>
        <translation>Kategorileri, her konuşmacı için bir kodla, başka bir QDA programı için yaz</translation>
    </message>
    <message>
        <source>&amp;CSV Table…</source>
        <translation>&amp;CSV Tablosu…</translation>
    </message>
    <message>
        <source>Write the quotes, claims, figures and stances as one table for spreadsheets, R or pandas</source>
        <translation>Alıntıları, iddiaları, rakamları ve tutumları hesap tabloları, R ya da pandas için tek tabloya yaz</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Write the quotes, claims, figures and stances with their sources and speakers as JSON</source>
        <translation>Alıntıları, iddiaları, rakamları ve tutumları kaynakları ve konuşmacılarıyla JSON olarak yaz</translation>
    </message>
    <message>
        <source>Import REFI-QDA Pro&amp;ject…</source>
        <translation>REFI-QDA Pro&amp;jesini İçe Aktar…</translation>
    </message>
    <message>
        <source>Make a new project from a .qdpx project of another QDA program</source>
        <translation>Başka bir QDA programının .qdpx projesinden yeni proje oluştur</translation>
    </message>
    <message>
        <source>Project &amp;Notes…</source>
        <translation>Proje &amp;Notları…</translation>
    </message>
    <message>
        <source>Show the project’s notes, among them what an imported project held that has no other place here</source>
        <translation>Projenin notlarını göster; içe aktarılan bir projenin burada başka yeri olmayan içeriği de bunlar arasındadır</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Dışa aktar: %1</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>REFI-QDA Projesini İçe Aktar</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA projeleri (*.qdpx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>New Project from REFI-QDA</source>
        <translation>REFI-QDA’dan Yeni Proje</translation>
    </message>
    <message>
        <source>Claimscope projects (*.%1)</source>
        <translation>Claimscope projeleri (*.%1)</translation>
    </message>
    <message>
        <source>The REFI-QDA project was not imported.</source>
        <translation>REFI-QDA projesi içe aktarılamadı.</translation>
    </message>
    <message>
        <source>REFI-QDA Project Imported</source>
        <translation>REFI-QDA Projesi İçe Aktarıldı</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>İçe aktarılanlar: %1.</translation>
    </message>
    <message>
        <source>What Claimscope has no place for is kept in View → Project Notes.</source>
        <translation>Claimscope’ta yeri olmayanlar Görünüm → Proje Notları’nda saklandı.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 içe aktarıldı</translation>
    </message>
    <message>
        <source>Project Notes</source>
        <translation>Proje Notları</translation>
    </message>
    <message>
        <source>This project has no notes.</source>
        <translation>Bu projede not yok.</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>Dışa aktarım yazılamadı.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 konumuna dışa aktarıldı</translation>
    </message>
    <message>
        <source>“%1” is open; choose another file for the new project.</source>
        <translation>“%1” açık; yeni proje için başka bir dosya seçin.</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Sistem Dili</translation>
    </message>
    <message>
        <source>Follow the language of the system, or English if it is not available</source>
        <translation>Sistemin dilini, o dil yoksa İngilizceyi kullan</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son Kullanılan Dosyalar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Highlighting is unavailable: %1</source>
        <translation>Vurgulama kullanılamıyor: %1</translation>
    </message>
    <message>
        <source>The change was not saved, so it was not made.</source>
        <translation>Değişiklik kaydedilemediği için yapılmadı.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Konuşmacılar</translation>
    </message>
    <message>
        <source>Quotes and Claims</source>
        <translation>Alıntılar ve İddialar</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::MergeSpeakerDialog</name>
    <message>
        <source>Merge Speakers</source>
        <translation>Konuşmacıları Birleştir</translation>
    </message>
    <message>
        <source>Merge “%1” into this speaker:</source>
        <translation>“%1” şu konuşmacıyla birleştirilsin:</translation>
    </message>
    <message>
        <source>Its quotes, claims, mentions and stances move to the chosen speaker, and its names become aliases. “%1” is then removed. You can undo this.</source>
        <translation>“%1” adlı konuşmacının alıntıları, iddiaları, anılmaları ve tutumları seçilen konuşmacıya aktarılır; adları da onun alternatif adları olur. Ardından “%1” kaldırılır. Bu işlem geri alınabilir.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birleştir</translation>
    </message>
    <message>
        <source>Choose a speaker</source>
        <translation>Bir konuşmacı seçin</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::PdfExportFlow</name>
    <message>
        <source>Annotated sources</source>
        <translation>İşaretlenmiş kaynaklar</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>İşaretlenmiş PDF Olarak Dışa Aktar</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the annotated PDF…</source>
        <translation>İşaretlenmiş PDF yazılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Annotated PDF written to %1</source>
        <translation>İşaretlenmiş PDF yazıldı: %1</translation>
    </message>
    <message>
        <source>The annotated PDF was not written.</source>
        <translation>İşaretlenmiş PDF yazılmadı.</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::PdfPasswordPrompt</name>
    <message>
        <source>Password Required</source>
        <translation>Parola Gerekli</translation>
    </message>
    <message>
        <source>The password for “%1” was not correct. Enter it again to import the PDF:</source>
        <translation>“%1” için girilen parola yanlış. PDF’i içe aktarmak için parolayı yeniden girin:</translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Enter it to import the PDF:</source>
        <translation>“%1” parolayla korunuyor. PDF’i içe aktarmak için parolayı girin:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe Aktar</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ProjectController</name>
    <message>
        <source>Claimscope projects (*.%1)</source>
        <translation>Claimscope projeleri (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another project.</source>
        <translation>Başka bir proje açmadan önce içe aktarmanın bitmesini bekleyin.</translation>
    </message>
    <message>
        <source>The project is open read-only: you can read it, but changes cannot be saved.</source>
        <translation>Proje salt okunur açıldı: okuyabilirsiniz, ancak değişiklikler kaydedilemez.</translation>
    </message>
    <message>
        <source>The built-in lexicon could not be read.</source>
        <translation>Yerleşik sözlük okunamadı.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>“%1” değiştirilemedi.</translation>
    </message>
    <message>
        <source>Preparing the sample project…</source>
        <translation>Örnek proje hazırlanıyor…</translation>
    </message>
    <message>
        <source>The sample project could not be created.</source>
        <translation>Örnek proje oluşturulamadı.</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Zaten bir içe aktarma sürüyor; bitmesini bekleyin.</translation>
    </message>
    <message>
        <source>This project is open read-only, so it cannot be changed.</source>
        <translation>Bu proje salt okunur açık olduğu için değiştirilemez.</translation>
    </message>
    <message>
        <source>Re-analysing Sources</source>
        <translation>Kaynaklar Yeniden Analiz Ediliyor</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) analysed again; your own and edited annotations were kept.</source>
        <translation>
            <numerusform>%n kaynak yeniden analiz edildi; sizin eklediğiniz ve düzenlediğiniz işaretlemeler korundu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n kaynak içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) already in the project were skipped.</source>
        <translation>
            <numerusform>Projede zaten bulunan %n kaynak atlandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the sources imported before stay.</source>
        <translation>İçe aktarma iptal edildi; o ana kadar içe aktarılan kaynaklar projede kalıyor.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Proje Aç</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Yeni Proje</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projeyi Farklı Kaydet</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Kaynaklar (%1)</translation>
    </message>
    <message>
        <source>Import Sources</source>
        <translation>Kaynakları İçe Aktar</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Klasörü İçe Aktar</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be analysed again; they keep their earlier annotations.</source>
        <translation>
            <numerusform>%n kaynak yeniden analiz edilemedi; önceki işaretlemeleri korunuyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be analysed and were imported without annotations; File → Analyse All Sources Again tries once more.</source>
        <translation>
            <numerusform>%n kaynak analiz edilemedi ve işaretlemesiz içe aktarıldı; Dosya → Tüm Kaynakları Yeniden Analiz Et bir kez daha dener.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::SpeakerChooser</name>
    <message>
        <source>New speaker “%1”</source>
        <translation>Yeni konuşmacı: “%1”</translation>
    </message>
    <message>
        <source>Choose Speaker</source>
        <translation>Konuşmacı Seç</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Konuşmacı:</translation>
    </message>
    <message>
        <source>Type to filter, or type a new name</source>
        <translation>Süzmek için yazın ya da yeni bir ad girin</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::SpeakerFilterBar</name>
    <message>
        <source>Showing only the quotes and claims of %1</source>
        <translation>Yalnızca şu konuşmacının alıntıları ve iddiaları gösteriliyor: %1</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tümünü Göster</translation>
    </message>
    <message>
        <source>Show the quotes and claims of every speaker</source>
        <translation>Tüm konuşmacıların alıntılarını ve iddialarını göster</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>Konuşmacılar</translation>
    </message>
    <message>
        <source>&amp;Show Only This Speaker</source>
        <translation>Yalnızca Bu Konuşmacıyı &amp;Göster</translation>
    </message>
    <message>
        <source>Show only this speaker’s quotes and claims in the source text</source>
        <translation>Kaynak metninde yalnızca bu konuşmacının alıntılarını ve iddialarını göster</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Yeniden Adlandır</translation>
    </message>
    <message>
        <source>Change the name shown for this speaker</source>
        <translation>Bu konuşmacının görünen adını değiştir</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Birleştir…</translation>
    </message>
    <message>
        <source>Move this speaker’s quotes, claims and mentions to another speaker, then remove this one</source>
        <translation>Bu konuşmacının alıntılarını, iddialarını ve anılmalarını başka bir konuşmacıya aktar, ardından bunu kaldır</translation>
    </message>
    <message>
        <source>Add &amp;Alias…</source>
        <translation>&amp;Alternatif Ad Ekle…</translation>
    </message>
    <message>
        <source>Add another name under which this speaker appears in the sources</source>
        <translation>Bu konuşmacının kaynaklarda geçtiği başka bir ad ekle</translation>
    </message>
    <message>
        <source>Names in italics were suggested by the analysis and are not in the lexicon.</source>
        <translation>İtalik yazılan adları analiz önerdi; bunlar sözlükte yok.</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::StanceDialog</name>
    <message>
        <source>Set Stance</source>
        <translation>Tutumu Belirle</translation>
    </message>
    <message>
        <source>Where %1 stands in “%2”</source>
        <translation>%1 adlı konuşmacının “%2” kaynağındaki tutumu</translation>
    </message>
    <message>
        <source>The project has no research question yet: the score is the speaker’s position on the topic of the source.</source>
        <translation>Projede henüz bir araştırma sorusu yok: puan, konuşmacının kaynağın konusundaki tutumunu gösterir.</translation>
    </message>
    <message>
        <source>On the question: %1</source>
        <translation>Soru: %1</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Tutum</translation>
    </message>
    <message>
        <source>Strongly against</source>
        <translation>Kesinlikle karşı</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Karşı</translation>
    </message>
    <message>
        <source>Neutral or mixed</source>
        <translation>Tarafsız veya karışık</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>Destekliyor</translation>
    </message>
    <message>
        <source>Strongly in favour</source>
        <translation>Kesinlikle destekliyor</translation>
    </message>
    <message>
        <source>The analysis suggested this score; OK makes it yours.</source>
        <translation>Bu puanı analiz önerdi; Tamam’a basarsanız sizin puanınız olur.</translation>
    </message>
    <message>
        <source>&amp;Note (the passages or reasons behind the score):</source>
        <translation>&amp;Not (puanın dayandığı bölümler veya gerekçeler):</translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ThemeMenu</name>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>&amp;Vurgulama Teması</translation>
    </message>
    <message>
        <source>Automatic (Light or Dark)</source>
        <translation>Otomatik (Açık veya Koyu)</translation>
    </message>
    <message>
        <source>Themes unavailable: %1</source>
        <translation>Temalar kullanılamıyor: %1</translation>
    </message>
</context>
</TS>
