#include "core/highlight/DefinitionGenerator.h"

#include "core/highlight/AlternationFactoring.h"
#include "core/highlight/FigurePattern.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

// PCRE2 as Debian builds it (link size 2) refuses a compiled pattern over 64K code units. Names
// and cues are split over several rules of at most this many pattern characters, which keeps any
// lexicon far below that; a single form longer than this cannot be a name and is left out.
constexpr qsizetype kMaxAlternationChars = 12000;

// ---------------------------------------------------------------------------------------------
// Alternations

struct Alternative {
    QString pattern;
    qsizetype sourceLength; // length of the lexicon text it came from
};

// PCRE takes the first alternative that matches, not the longest. Sorting by the length of the
// lexicon text puts "Kassym-Jomart Tokayev" before "Tokayev" and "according to" before "according",
// so where two start at one place the longer wins; the same order across chunks keeps that true
// when the list is split over several rules (the engine tries rules in order too).
QStringList alternations(QList<Alternative> alternatives, bool caseInsensitive)
{
    std::stable_sort(
        alternatives.begin(), alternatives.end(),
        [](const Alternative &a, const Alternative &b) { return a.sourceLength > b.sourceLength; });
    QStringList chunks;
    QStringList current;
    qsizetype currentSize = 0;
    QSet<QString> seen;
    for (const Alternative &alternative : std::as_const(alternatives)) {
        if (alternative.pattern.isEmpty() || seen.contains(alternative.pattern))
            continue;
        if (alternative.pattern.size() > kMaxAlternationChars) {
            qWarning("Claimscope definition: a lexicon entry of %lld characters is left out",
                     qlonglong(alternative.sourceLength));
            continue;
        }
        seen.insert(alternative.pattern);
        if (currentSize + alternative.pattern.size() > kMaxAlternationChars && !current.isEmpty()) {
            chunks.append(u"(?:"_s + factorAlternation(current, caseInsensitive) + u')');
            current.clear();
            currentSize = 0;
        }
        current.append(alternative.pattern);
        currentSize += alternative.pattern.size() + 1;
    }
    if (!current.isEmpty())
        chunks.append(u"(?:"_s + factorAlternation(current, caseInsensitive) + u')');
    return chunks;
}

// Names start and end at a word boundary. A following apostrophe is a boundary, so "Lavrov's",
// "Tokayev’s" and Turkish "Tokayev'in", "Peskov’a" give the name alone and leave the suffix as
// normal text.
constexpr auto kBefore = uR"((?<!\w))";
constexpr auto kAfter = uR"((?!\w))";

QStringList speakerPatterns(const Lexicon &lexicon)
{
    QList<Alternative> alternatives;
    const auto add = [&alternatives](const QStringList &forms, FormLanguage language) {
        for (const QString &form : forms)
            alternatives.append({formPattern(form, language), form.trimmed().size()});
    };
    for (const Speaker &speaker : lexicon.speakers) {
        add(speaker.formsEn, FormLanguage::En);
        add(speaker.formsTr, FormLanguage::Tr);
        add(speaker.formsRu, FormLanguage::Ru);
    }
    QStringList patterns;
    for (const QString &alternation : alternations(alternatives, false))
        patterns.append(QString::fromUtf16(kBefore) + alternation + QString::fromUtf16(kAfter));
    return patterns;
}

// A cue is a whole word or phrase: "so-called" and "Kazakhstan’s" hold no cue. The languages share
// one rule as long as it stays short: the engine scans the line once per rule and tries every rule
// at every place, so one alternation with each language's case rule inline ((?i:…) for English
// and Russian) costs less than a rule per language. Languages sorted, then chunks, is the order the
// separate rules had, so where two cues start at one place the same one still wins.
QStringList cuePatterns(const Lexicon &lexicon)
{
    QStringList languages = lexicon.cues.keys();
    languages.sort(); // the same lexicon gives the same file
    QStringList patterns;
    QStringList current;
    qsizetype currentSize = 0;
    const auto closeRule = [&] {
        if (!current.isEmpty())
            patterns.append(uR"((?<![\w\-'’])(?:)"_s + current.join(u'|') + uR"()(?![\w\-]))"_s);
        current.clear();
        currentSize = 0;
    };
    for (const QString &language : std::as_const(languages)) {
        QList<Alternative> alternatives;
        for (const QString &cue : lexicon.cues.value(language))
            alternatives.append({cuePattern(cue, language), cue.trimmed().size()});
        const bool insensitive = cueIsCaseInsensitive(language);
        for (const QString &alternation : alternations(alternatives, insensitive)) {
            // "(?:…)" as it comes, or "(?i:…)" for a language matched in any case.
            const QString scoped = insensitive ? u"(?i"_s + alternation.sliced(2) : alternation;
            if (currentSize + scoped.size() > kMaxAlternationChars && !current.isEmpty())
                closeRule();
            current.append(scoped);
            currentSize += scoped.size() + 1;
        }
    }
    closeRule();
    return patterns;
}

// ---------------------------------------------------------------------------------------------
// Quotations

// A quotation mark: a plain character (or any of several), or a pattern where context decides.
struct Mark {
    QString text;
    bool pattern = false;
};

// A kind of quotation and the kinds that may open inside it. Nesting follows the typographic
// conventions of the three languages: « „ “ » in Russian, “ ‘ ’ ” in English and Turkish.
//
// The single curly quote is the hard one, because ’ is also the apostrophe. Inside ‘…’ a ’ closes
// the quotation only when no letter or digit follows it (‘Kazakhstan’s choice’ stays open at
// "’s"), and ‘ opens one only when no letter precedes it. Outside ‘…’ a ’ is always an
// apostrophe. A plural possessive at the end of a word (‘the members’ interests’) closes too early;
// that is the price of reading ’ without a parser. Straight ' is never a quotation mark (Turkish
// writes every suffix of a name after one).
struct QuoteStyle {
    QString name;
    Mark open;
    Mark close;
    QStringList nested;
};

const QList<QuoteStyle> &quoteStyles()
{
    static const QList<QuoteStyle> styles{
        {u"Curly"_s, {u"“"_s}, {u"”"_s}, {u"Single"_s}},
        {u"Guillemets"_s, {u"«"_s}, {u"»"_s}, {u"Low"_s, u"Curly"_s, u"Guillemets"_s}},
        {u"Low"_s, {u"„"_s}, {u"“”"_s}, {u"Single"_s}},
        {u"Straight"_s, {u"\""_s}, {u"\""_s}, {u"Single"_s}},
        {u"Single"_s, {uR"((?<!\w)‘)"_s, true}, {uR"(’(?!\w))"_s, true}, {}},
    };
    return styles;
}

const QuoteStyle &quoteStyle(const QString &name)
{
    const auto &styles = quoteStyles();
    return *std::find_if(styles.begin(), styles.end(),
                         [&name](const QuoteStyle &s) { return s.name == name; });
}

// Deeper quotations than this are read as text of the innermost one.
constexpr int kMaxQuoteDepth = 3;

// ---------------------------------------------------------------------------------------------
// Writing the XML

using Attributes = QList<std::pair<QString, QString>>;

void writeElement(QXmlStreamWriter &xml, const QString &element, const Attributes &attributes)
{
    xml.writeEmptyElement(element);
    for (const auto &[name, value] : attributes)
        xml.writeAttribute(name, value);
}

void writeMarkRule(QXmlStreamWriter &xml, const Mark &mark, const QString &context)
{
    const QString attribute = formatname::QuoteMark.toString();
    if (mark.pattern)
        writeElement(xml, u"RegExpr"_s,
                     {{u"attribute"_s, attribute}, {u"context"_s, context}, {u"String"_s, mark.text}});
    else if (mark.text.size() == 1)
        writeElement(xml, u"DetectChar"_s,
                     {{u"attribute"_s, attribute}, {u"context"_s, context}, {u"char"_s, mark.text}});
    else
        writeElement(xml, u"AnyChar"_s,
                     {{u"attribute"_s, attribute}, {u"context"_s, context}, {u"String"_s, mark.text}});
}

// The last rule of every context a text passes through takes the rest of a word in one step. The
// engine otherwise tries every rule at every character, and that loop cost a third of its time.
// Inside a word no other rule can match: each starts with a look-behind that refuses a word
// character before it, or is a quotation mark, which is none (tst_wordskiprule holds us to that).
// DetectIdentifier, not a RegExpr: it needs no regex call, and it takes letters and digits of any
// script, all of which PCRE2's Unicode \w counts as word characters. The word keeps the context's
// own format.
void writeWordSkipRule(QXmlStreamWriter &xml, QStringView contextFormat)
{
    writeElement(xml, u"DetectIdentifier"_s,
                 {{u"attribute"_s, contextFormat.toString()}, {u"context"_s, u"#stay"_s}});
}

QString quoteContextName(const QStringList &path)
{
    return u"Quote."_s + path.join(u'.');
}

// The context of one quotation, then those of the quotations that may open inside it.
void writeQuoteContext(QXmlStreamWriter &xml, const QStringList &path, const QList<Mark> &outerCloses)
{
    const QuoteStyle &style = quoteStyle(path.back());
    xml.writeStartElement(u"context"_s);
    xml.writeAttribute(u"name"_s, quoteContextName(path));
    xml.writeAttribute(u"attribute"_s, formatname::Quote.toString());
    // A quotation may run over a line break inside a paragraph, but an unclosed mark ends with its
    // paragraph: at an empty line the engine pops every quotation context (lineEmptyContext), and
    // a line of spaces counts as empty too (the look-ahead pops without consuming, so each level
    // sees it in turn).
    xml.writeAttribute(u"lineEndContext"_s, u"#stay"_s);
    xml.writeAttribute(u"lineEmptyContext"_s, u"#pop"_s);
    writeElement(xml, u"RegExpr"_s,
                 {{u"String"_s, uR"(^\s+$)"_s},
                  {u"column"_s, u"0"_s},
                  {u"lookAhead"_s, u"true"_s},
                  {u"context"_s, u"#pop"_s}});
    writeMarkRule(xml, style.close, u"#pop"_s);
    // The closing mark of an enclosing quotation also ends this one, so an inner mark left open
    // (« … „ … ») does not swallow the rest of the paragraph.
    QString pops = u"#pop"_s;
    for (const Mark &close : outerCloses) {
        pops += u"#pop"_s;
        writeMarkRule(xml, close, pops);
    }
    const bool canNest = path.size() < kMaxQuoteDepth;
    if (canNest) {
        for (const QString &inner : style.nested)
            writeMarkRule(xml, quoteStyle(inner).open, quoteContextName(path + QStringList{inner}));
    }
    // Names and figures inside a quotation are still names and figures; a cue word inside is part
    // of what was said, not a report of it.
    writeElement(xml, u"IncludeRules"_s, {{u"context"_s, u"Speakers"_s}});
    writeElement(xml, u"IncludeRules"_s, {{u"context"_s, u"Figures"_s}});
    writeWordSkipRule(xml, formatname::Quote);
    xml.writeEndElement();

    if (canNest) {
        for (const QString &inner : style.nested)
            writeQuoteContext(xml, path + QStringList{inner}, QList<Mark>{style.close} + outerCloses);
    }
}

// Case-insensitive parts say so inline ((?i:…)), so no rule needs the insensitive attribute.
void writeRuleContext(QXmlStreamWriter &xml, const QString &name, const QStringList &patterns,
                      QStringView format)
{
    xml.writeStartElement(u"context"_s);
    xml.writeAttribute(u"name"_s, name);
    xml.writeAttribute(u"attribute"_s, formatname::Normal.toString());
    xml.writeAttribute(u"lineEndContext"_s, u"#stay"_s);
    for (const QString &pattern : patterns) {
        writeElement(
            xml, u"RegExpr"_s,
            {{u"attribute"_s, format.toString()}, {u"context"_s, u"#stay"_s}, {u"String"_s, pattern}});
    }
    xml.writeEndElement();
}

void writeItemData(QXmlStreamWriter &xml, QStringView name, const QString &style, bool bold = false)
{
    Attributes attributes{{u"name"_s, name.toString()}, {u"defStyleNum"_s, style}};
    if (bold)
        attributes.append({u"bold"_s, u"true"_s});
    writeElement(xml, u"itemData"_s, attributes);
}

// ---------------------------------------------------------------------------------------------
// Reading it back

bool attributeIsTrue(QStringView value)
{
    // As KSyntaxHighlighting reads booleans.
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

// The definition-local context a context switch names, or an empty string when it names none
// ("#stay", "#pop#pop") or one in another definition ("Name##Other").
QString referencedContext(QStringView target)
{
    while (target.startsWith(u"#pop"))
        target = target.sliced(4);
    if (target.startsWith(u'!'))
        target = target.sliced(1);
    if (target.isEmpty() || target == u"#stay" || target.contains(u"##"))
        return {};
    return target.toString();
}

QString excerpt(const QString &pattern, qsizetype offset)
{
    const qsizetype from = std::max<qsizetype>(0, offset - 30);
    return (from > 0 ? u"…"_s : QString()) + pattern.mid(from, 60) +
           (from + 60 < pattern.size() ? u"…"_s : QString());
}

} // namespace

QRegularExpression::PatternOptions engineRegexOptions(bool minimal, bool insensitive)
{
    QRegularExpression::PatternOptions options =
        QRegularExpression::DontCaptureOption | QRegularExpression::UseUnicodePropertiesOption;
    if (minimal)
        options |= QRegularExpression::InvertedGreedinessOption;
    if (insensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return options;
}

QString generateDefinition(const Lexicon &lexicon)
{
    // Written as UTF-8 bytes, so that the XML declaration says so.
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE language>"_s);
    xml.writeComment(
        u" Generated by Claimscope from its lexicon; rewritten on every start, so edits are lost. "_s);
    xml.writeStartElement(u"language"_s);
    xml.writeAttribute(u"name"_s, kDefinitionName.toString());
    xml.writeAttribute(u"version"_s, QString::number(kDefinitionVersion));
    xml.writeAttribute(u"kateversion"_s, u"5.0"_s);
    xml.writeAttribute(u"section"_s, u"Other"_s);
    xml.writeAttribute(u"extensions"_s, QString());
    xml.writeAttribute(u"author"_s, u"Claimscope"_s);
    xml.writeStartElement(u"highlighting"_s);
    xml.writeStartElement(u"contexts"_s);

    // The first context is where every text starts.
    xml.writeStartElement(u"context"_s);
    xml.writeAttribute(u"name"_s, u"Text"_s);
    xml.writeAttribute(u"attribute"_s, formatname::Normal.toString());
    xml.writeAttribute(u"lineEndContext"_s, u"#stay"_s);
    for (const QString &rules : {u"Speakers"_s, u"Figures"_s, u"Cues"_s})
        writeElement(xml, u"IncludeRules"_s, {{u"context"_s, rules}});
    for (const QuoteStyle &style : quoteStyles())
        writeMarkRule(xml, style.open, quoteContextName({style.name}));
    writeWordSkipRule(xml, formatname::Normal);
    xml.writeEndElement();

    for (const QuoteStyle &style : quoteStyles())
        writeQuoteContext(xml, {style.name}, {});

    // Rule sets, included where they apply and never entered themselves.
    writeRuleContext(xml, u"Speakers"_s, speakerPatterns(lexicon), formatname::Speaker);
    writeRuleContext(xml, u"Figures"_s, {figurePattern()}, formatname::Figure);
    writeRuleContext(xml, u"Cues"_s, cuePatterns(lexicon), formatname::Cue);
    xml.writeEndElement(); // contexts

    // Each format its own default style, so that every theme colours them apart.
    xml.writeStartElement(u"itemDatas"_s);
    writeItemData(xml, formatname::Normal, u"dsNormal"_s);
    writeItemData(xml, formatname::Speaker, u"dsFunction"_s, true);
    writeItemData(xml, formatname::Quote, u"dsString"_s);
    writeItemData(xml, formatname::QuoteMark, u"dsSpecialChar"_s);
    writeItemData(xml, formatname::Cue, u"dsKeyword"_s);
    writeItemData(xml, formatname::Figure, u"dsDecVal"_s);
    xml.writeEndElement();
    xml.writeEndElement(); // highlighting
    xml.writeEndElement(); // language
    xml.writeEndDocument();
    return QString::fromUtf8(out);
}

std::optional<QString> validateDefinition(const QString &xml)
{
    QXmlStreamReader reader(xml);
    bool sawLanguage = false;
    QSet<QString> formats;
    QSet<QString> contexts;
    QList<std::pair<QString, QString>> usedFormats;  // name, where
    QList<std::pair<QString, QString>> usedContexts; // name, where
    QString context;
    int rule = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == u"context")
            context.clear();
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        const auto value = [&attributes](QLatin1StringView name) {
            return attributes.value(name).toString();
        };
        if (reader.name() == u"language") {
            sawLanguage = true;
            if (value("name"_L1).trimmed().isEmpty())
                return u"the language has no name"_s;
            if (value("kateversion"_L1).isEmpty())
                return u"the language has no kateversion"_s;
        } else if (reader.name() == u"itemData") {
            formats.insert(value("name"_L1));
        } else if (reader.name() == u"context") {
            context = value("name"_L1);
            rule = 0;
            if (context.isEmpty())
                return u"a context has no name"_s;
            if (contexts.contains(context))
                return u"two contexts are named \"%1\""_s.arg(context);
            contexts.insert(context);
            const QString where = u"context \"%1\""_s.arg(context);
            usedFormats.append({value("attribute"_L1), where});
            for (QLatin1StringView key :
                 {"lineEndContext"_L1, "lineEmptyContext"_L1, "fallthroughContext"_L1})
                usedContexts.append({referencedContext(attributes.value(key)), where});
        } else if (!context.isEmpty()) {
            const QString element = reader.name().toString();
            const QString where = u"context \"%1\", rule %2 (%3)"_s.arg(context).arg(++rule).arg(element);
            if (attributes.hasAttribute("attribute"_L1))
                usedFormats.append({value("attribute"_L1), where});
            const QString target = value("context"_L1);
            usedContexts.append({referencedContext(target), where});
            if (element == u"IncludeRules" && target.isEmpty())
                return where + u": no context to include"_s;
            if (attributeIsTrue(attributes.value("lookAhead"_L1)) && (target.isEmpty() || target == u"#stay"))
                return where + u": a look-ahead rule must switch context, or the engine drops it"_s;
            if (element == u"DetectChar" && value("char"_L1).size() != 1)
                return where + u": \"char\" must be one character"_s;
            if ((element == u"AnyChar" || element == u"StringDetect" || element == u"WordDetect") &&
                value("String"_L1).isEmpty())
                return where + u": empty \"String\""_s;
            if (element == u"RegExpr") {
                const QString pattern = value("String"_L1);
                if (pattern.isEmpty())
                    return where + u": empty pattern"_s;
                const QRegularExpression regex(
                    pattern, engineRegexOptions(attributeIsTrue(attributes.value("minimal"_L1)),
                                                attributeIsTrue(attributes.value("insensitive"_L1))));
                if (!regex.isValid())
                    return where +
                           u": the pattern does not compile (%1 at offset %2: %3)"_s.arg(regex.errorString())
                               .arg(regex.patternErrorOffset())
                               .arg(excerpt(pattern, regex.patternErrorOffset()));
            }
        }
    }
    if (reader.hasError())
        return u"not well-formed XML (line %1, column %2): %3"_s.arg(reader.lineNumber())
            .arg(reader.columnNumber())
            .arg(reader.errorString());
    if (!sawLanguage)
        return u"no <language> element"_s;
    for (QStringView name : {formatname::Normal, formatname::Speaker, formatname::Quote,
                             formatname::QuoteMark, formatname::Cue, formatname::Figure}) {
        if (!formats.contains(name.toString()))
            return u"the format \"%1\" is missing"_s.arg(name);
    }
    for (const auto &[name, where] : std::as_const(usedFormats)) {
        if (!name.isEmpty() && !formats.contains(name))
            return where + u": unknown format \"%1\""_s.arg(name);
    }
    for (const auto &[name, where] : std::as_const(usedContexts)) {
        if (!name.isEmpty() && !contexts.contains(name))
            return where + u": unknown context \"%1\""_s.arg(name);
    }
    return std::nullopt;
}

QString definitionFilePath(const QString &cacheDir)
{
    return QDir(cacheDir).filePath(u"syntax/claimscope.xml"_s);
}

namespace {

bool fileHolds(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() == bytes.size() && file.readAll() == bytes;
}

} // namespace

std::optional<QString> writeDefinitionXml(const QString &xml, const QString &cacheDir)
{
    // Validation compiles every pattern, and Qt compiles each one with PCRE2's JIT too: about 80
    // million instructions for the built-in lexicon. Every import's workers and the window prepare
    // the same definition, and a first start did it three times over. Validity depends on the text
    // alone, so a digest of each valid text is remembered for the life of the process.
    static QMutex mutex;
    static QSet<QByteArray> validDigests;
    const QByteArray bytes = xml.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    // Held while writing too: two workers preparing at once would both write the same file.
    const QMutexLocker lock(&mutex);
    if (!validDigests.contains(digest)) {
        if (const auto problem = validateDefinition(xml))
            return u"refusing to write an invalid syntax definition: "_s + *problem;
        validDigests.insert(digest);
    }
    const QString path = definitionFilePath(cacheDir);
    // Unchanged since the last start: writing it again would only cost a rename and a sync.
    if (fileHolds(path, bytes))
        return std::nullopt;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return u"%1: cannot create the folder"_s.arg(QFileInfo(path).absolutePath());
    // QSaveFile writes beside the target and renames over it: the helper, or a crash half-way,
    // only ever sees the old file or the whole new one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"%1: %2"_s.arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return u"%1: %2"_s.arg(path, file.errorString());
    }
    if (!file.commit())
        return u"%1: %2"_s.arg(path, file.errorString());
    return std::nullopt;
}

std::optional<QString> writeDefinition(const Lexicon &lexicon, const QString &cacheDir)
{
    return writeDefinitionXml(generateDefinition(lexicon), cacheDir);
}

} // namespace claimscope::core
