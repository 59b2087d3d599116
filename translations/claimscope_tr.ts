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
    <name>AppActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open text, Markdown or HTML files as sources</source>
        <translation>Düz metin, Markdown veya HTML dosyalarını kaynak olarak aç</translation>
    </message>
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
        <source>Files to open; without any, the sample project opens.</source>
        <translation>Açılacak dosyalar; hiçbiri verilmezse örnek proje açılır.</translation>
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
        <source>Commands (run without a window):
  inspect [--text] FILE…   Import files and report what was read.
  analyze [--format json|csv|text] FILE…
                           Find speakers, quotes, claims and figures.
  eval --gold DIR          Score the analysis against gold annotations.</source>
        <translation>Komutlar (pencere açmadan çalışır):
  inspect [--text] DOSYA…  Dosyaları içe aktarır ve neyin okunduğunu bildirir.
  analyze [--format json|csv|text] DOSYA…
                           Konuşmacıları, alıntıları, iddiaları ve rakamları bulur.
  eval --gold KLASÖR       Analizi referans işaretlemeyle karşılaştırarak puanlar.</translation>
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
    <name>claimscope::ui::DocumentView</name>
    <message>
        <source>Choose a source on the left, or open files with File → Open.</source>
        <translation>Soldan bir kaynak seçin veya dosyaları Dosya → Aç komutuyla açın.</translation>
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
        <source>Sources (%1)</source>
        <translation>Kaynaklar (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Open Sources</source>
        <translation>Kaynakları Aç</translation>
    </message>
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
