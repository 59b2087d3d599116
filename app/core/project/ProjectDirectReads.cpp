#include "core/project/ProjectDirectReads.h"

#include "core/project/ProjectTimeText.h"
#include "core/project/ProjectUtf8Text.h"

#include <QHash>
#include <QSqlDriver>
#include <QVariant>

#include <climits>
#include <cstring>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimscope::core::tables {

namespace {

// The connection's sqlite3 handle, when Qt's driver is the SQLite one and gives it out.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Texts are only taken as stored when the file stores them as UTF-8 (a file may be UTF-16).
bool storesUtf8(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    bool utf8 = false;
    if (sqlite3_prepare_v2(db, "PRAGMA encoding", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        const auto *name = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        utf8 = name && std::strcmp(name, "UTF-8") == 0;
    }
    sqlite3_finalize(statement);
    return utf8;
}

sqlite3 *utf8HandleOf(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    return handle && storesUtf8(handle) ? handle : nullptr;
}

// The distinct texts of a column whose rows repeat a few values (a speaker, a cue, a language):
// each is decoded once and then shared by every row that has it (QString's implicit sharing), which
// saves decoding and allocating it again, and the memory of the copies. Bounded, so that a column
// of distinct texts costs no more than a lookup a row. The last text found is tried first, as
// neighbouring rows (one source's annotations) often repeat it.
class TextPool final {
public:
    const QString *find(std::string_view bytes)
    {
        if (m_last && bytes == m_lastBytes)
            return m_last;
        const auto it = m_texts.find(bytes);
        if (it == m_texts.end())
            return nullptr;
        remember(*it);
        return m_last;
    }
    void add(std::string_view bytes, const QString &text)
    {
        if (m_texts.size() < kLimit)
            remember(*m_texts.emplace(bytes, text).first);
    }

private:
    static constexpr std::size_t kLimit = 1 << 16;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view bytes) const noexcept
        {
            return std::hash<std::string_view>{}(bytes);
        }
    };
    using Texts = std::unordered_map<std::string, QString, Hash, std::equal_to<>>;
    // Nodes of an unordered_map stay where they are when it grows.
    void remember(const Texts::value_type &entry)
    {
        m_lastBytes = entry.first;
        m_last = &entry.second;
    }

    Texts m_texts;
    std::string_view m_lastBytes;
    const QString *m_last = nullptr;
};

// The last time read from a column, with its bytes: a source's annotations mostly carry the time
// they were analysed at, and parsing the same text again gives the same QDateTime.
struct LastTime {
    std::string bytes;
    QDateTime time;
    bool set = false;
};

// One SELECT's rows, read column by column; finalised when it goes. A value of an unexpected
// storage class, or a step that fails, makes it unusable: the reads then return nothing of use,
// next() returns false, and the caller reads through QSqlQuery instead.
//
// Values are read through sqlite3_column_value(), one locked call a column, and the lock-free
// sqlite3_value_*() on the result: SQLite calls such a value unprotected because another thread
// could use the connection meanwhile, and no other thread uses a store's connection.
class Rows final {
public:
    Rows(sqlite3 *db, const QString &statement)
    {
        const QByteArray utf8 = statement.toUtf8();
        m_usable =
            sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) == SQLITE_OK &&
            m_statement;
    }
    ~Rows() { sqlite3_finalize(m_statement); }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    bool next()
    {
        if (!m_usable)
            return false;
        const int step = sqlite3_step(m_statement);
        if (step == SQLITE_ROW)
            return true;
        m_usable = step == SQLITE_DONE;
        return false;
    }
    bool usable() const { return m_usable; }

    qint64 integer(int column)
    {
        sqlite3_value *value = sqlite3_column_value(m_statement, column);
        if (!is(value, SQLITE_INTEGER))
            return 0;
        return sqlite3_value_int64(value);
    }
    // What QVariant::toInt() keeps of an integer without change.
    int smallInteger(int column)
    {
        const qint64 value = integer(column);
        if (value < INT_MIN || value > INT_MAX)
            m_usable = false;
        return int(value);
    }
    std::optional<int> optionalSmallInteger(int column)
    {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
            return std::nullopt;
        return smallInteger(column);
    }
    bool flag(int column)
    {
        const qint64 value = integer(column);
        if (value != 0 && value != 1)
            m_usable = false;
        return value == 1;
    }
    double real(int column)
    {
        sqlite3_value *value = sqlite3_column_value(m_statement, column);
        if (!is(value, SQLITE_FLOAT))
            return 0;
        return sqlite3_value_double(value);
    }
    // NULL reads as a null QString, as the driver's QVariant of it converts.
    QString text(int column)
    {
        std::string_view bytes;
        if (!textBytes(column, bytes))
            return {};
        return decoded(bytes);
    }
    // As text(), shared with the rows before that had the same bytes.
    QString pooledText(int column, TextPool &pool)
    {
        std::string_view bytes;
        if (!textBytes(column, bytes))
            return {};
        if (bytes.empty())
            return decoded(bytes);
        if (const QString *known = pool.find(bytes))
            return *known;
        QString text = decoded(bytes);
        if (m_usable)
            pool.add(bytes, text);
        return text;
    }
    // timeFromText() of text(), parsed once for a run of rows with the same bytes.
    QDateTime time(int column, LastTime &last)
    {
        std::string_view bytes;
        if (!textBytes(column, bytes))
            return timeFromText(QString());
        if (last.set && bytes == last.bytes)
            return last.time;
        const QString text = decoded(bytes);
        if (!m_usable)
            return {};
        last.time = timeFromText(text);
        last.bytes.assign(bytes);
        last.set = true;
        return last.time;
    }

private:
    bool is(sqlite3_value *value, int type)
    {
        if (sqlite3_value_type(value) == type)
            return true;
        m_usable = false;
        return false;
    }
    // The bytes of a TEXT value; false for NULL and for anything else (which makes the rows unusable).
    bool textBytes(int column, std::string_view &bytes)
    {
        sqlite3_value *value = sqlite3_column_value(m_statement, column);
        const int type = sqlite3_value_type(value);
        if (type != SQLITE_TEXT) {
            if (type != SQLITE_NULL)
                m_usable = false;
            return false;
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
        if (!text) {
            m_usable = false;
            return false;
        }
        bytes = std::string_view(text, std::size_t(sqlite3_value_bytes(value)));
        return true;
    }
    QString decoded(std::string_view bytes)
    {
        std::optional<QString> text = driverText(reinterpret_cast<const unsigned char *>(bytes.data()),
                                                 qsizetype(bytes.size()), m_scratch);
        if (!text) {
            m_usable = false;
            return {};
        }
        return *std::move(text);
    }

    sqlite3_stmt *m_statement = nullptr;
    bool m_usable = false;
    std::vector<char16_t> m_scratch;
};

} // namespace

bool readSourcesDirectly(QSqlDatabase &db, const QString &statement, QList<SourceRecord> &sources)
{
    sqlite3 *handle = utf8HandleOf(db);
    if (!handle)
        return false;
    Rows rows(handle, statement);
    TextPool outlets, authors, languages, formats, encodings;
    while (rows.next()) {
        SourceRecord source;
        source.id = rows.integer(0);
        source.document.text = rows.text(1);
        DocumentMetadata &m = source.document.metadata;
        m.title = rows.text(2);
        m.outlet = rows.pooledText(3, outlets);
        m.author = rows.pooledText(4, authors);
        m.date = QDate::fromString(rows.text(5), Qt::ISODate);
        m.url = rows.text(6);
        m.language = rows.pooledText(7, languages);
        m.format = rows.pooledText(8, formats);
        m.encoding = rows.pooledText(9, encodings);
        m.filePath = rows.text(10);
        source.checksum = rows.text(11).toLatin1();
        source.importedAt = timeFromText(rows.text(12));
        source.analysed = rows.flag(13);
        if (!rows.usable())
            return false;
        sources.append(std::move(source));
    }
    return rows.usable();
}

bool readAnnotationsDirectly(QSqlDatabase &db, const QString &statement, QList<AnnotationRecord> &annotations)
{
    sqlite3 *handle = utf8HandleOf(db);
    if (!handle)
        return false;
    Rows rows(handle, statement);
    TextPool kinds, speakers, cues, claimSources, units, measures, subjects, qualifiers, origins, notes;
    LastTime created, modified;
    while (rows.next()) {
        AnnotationRecord a;
        a.id = rows.integer(0);
        a.source = rows.integer(1);
        const auto kind = kindFromKey(rows.pooledText(2, kinds));
        a.range = {rows.integer(3), rows.integer(4)};
        a.speaker = rows.pooledText(5, speakers);
        a.cue = rows.pooledText(6, cues);
        a.cueRange = {rows.integer(7), rows.integer(8)};
        a.quoteMarks = rows.flag(9);
        a.claimSource = rows.pooledText(10, claimSources);
        a.figure.value = rows.real(11);
        a.figure.unit = rows.pooledText(12, units);
        a.figure.measure = rows.pooledText(13, measures);
        a.figure.subject = rows.pooledText(14, subjects);
        a.figure.year = rows.optionalSmallInteger(15);
        a.figure.qualifier = rows.pooledText(16, qualifiers);
        a.confidence = rows.real(17);
        const auto origin = originFromKey(rows.pooledText(18, origins));
        a.note = rows.pooledText(19, notes);
        a.created = rows.time(20, created);
        a.modified = rows.time(21, modified);
        // An unknown kind or origin is the QSqlQuery reader's to report.
        if (!kind || !origin || !rows.usable())
            return false;
        a.kind = *kind;
        a.origin = *origin;
        annotations.append(std::move(a));
    }
    return rows.usable();
}

bool readStancesDirectly(QSqlDatabase &db, const QString &evidenceStatement, const QString &statement,
                         QList<StanceRecord> &stances)
{
    sqlite3 *handle = utf8HandleOf(db);
    if (!handle)
        return false;
    QHash<StanceId, QList<TextRange>> evidence;
    {
        Rows rows(handle, evidenceStatement);
        while (rows.next()) {
            const StanceId stance = rows.integer(0);
            const TextRange range{rows.integer(1), rows.integer(2)};
            if (!rows.usable())
                return false;
            evidence[stance].append(range);
        }
        if (!rows.usable())
            return false;
    }
    Rows rows(handle, statement);
    TextPool speakers, targets, origins, notes;
    LastTime created, modified;
    while (rows.next()) {
        StanceRecord s;
        s.id = rows.integer(0);
        s.source = rows.integer(1);
        s.speaker = rows.pooledText(2, speakers);
        s.target = rows.pooledText(3, targets);
        s.score = rows.smallInteger(4);
        s.confidence = rows.real(5);
        const auto origin = originFromKey(rows.pooledText(6, origins));
        s.note = rows.pooledText(7, notes);
        s.created = rows.time(8, created);
        s.modified = rows.time(9, modified);
        if (!origin || !rows.usable())
            return false;
        s.origin = *origin;
        s.evidence = evidence.value(s.id);
        stances.append(std::move(s));
    }
    return rows.usable();
}

} // namespace claimscope::core::tables
