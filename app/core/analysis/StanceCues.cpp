#include "core/analysis/StanceCues.h"

#include "core/analysis/StanceCuePrecheck.h"

namespace claimscope::core::stance {

namespace {

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption |
                                                              QRegularExpression::UseUnicodePropertiesOption);
}

Language english()
{
    Language l;
    l.topic = re(R"(\b(BRICS|bloc|grouping|alliance|organi[sz]ations?|associations?|member\w*|join\w*|)"
                 R"(apply\w*|appli\w*|accession|partner(-| )(country )?status|partnership)\b)");
    l.negationBefore =
        re(R"(\b(not|no|never|without|nothing|neither|nor|cannot|rather than|instead of)\b|n't\b)");
    l.negationAfter = re(R"(^\b$)"); // English puts negation before
    l.setback = re(R"(\b(setback|blow|disappointment)\b)");
    l.relations = re(R"(\b(friends?|friendly|strategic partners?|allies|ally|good relations|brotherly)\b)");
    l.roleNoun = re(R"(\b(president|minister|spokes\w*|ambassador|secretary|leader|head|chairman|director|)"
                    R"(expert|analyst|scientist|economist|professor)\W+(\w+\W+){0,3}$)");
    l.contrast = re(R"(\b(but|however|yet)\b)");
    l.pronounStart = re(R"(^\W*(he|she)\b)");
    l.negationInWord = re(R"(^\b$)");
    l.cues = {
        {re(R"(\b(no|not|never) (\w+ ){0,2}on the agenda\b)"), Kind::Against, true},
        {re(R"(\boff the table\b)"), Kind::Against, true},
        {re(R"(\b(did|does|do) not come up\b)"), Kind::Against, true},
        {re(R"(\bno plans?\b)"), Kind::Against, true},
        {re(R"(\bno need\b)"), Kind::Against, true, true},
        {re(R"(\black of (need|interest)\b)"), Kind::Against, true},
        {re(R"(\b(never|categorically|ruled? out|under no circumstances|out of the question)\b)"),
         Kind::Firm},
        {re(R"(\b(for now|for the time being|at this stage|at present|foreseeable future|not yet)\b)"),
         Kind::Hedge, false, false, true},
        {re(R"(\bpartner(-| )(country )?status\b|\bas an? (invited )?guest\b)"), Kind::Hedge},
        {re(R"(\b(urg\w*|call\w* on \w+ to join|should join|must join|push\w* for (membership|joining))\b)"),
         Kind::Push},
        {re(R"(\b(necessary|need|needs|obliged) to (join|apply|become)\b)"), Kind::Need},
        {re(R"(\bcooperat\w*[^.;:!?]{0,60}?\bpossible\b|\bpossible to cooperate\b)"), Kind::Favour},
        {re(R"(\b(plan|plans|planned|planning|intend\w*|want\w*|seek\w*|sought|decid\w*) to )"
            R"((join|apply|seek|become)\b)"),
         Kind::Favour},
        {re(R"(\b(welcom\w*|opportunit\w*|benefit\w*|advantage\w*|support\w*|in favou?r of|rapprochement)\b)"),
         Kind::Favour},
        {re(R"(\b(refus\w*|reject\w*|declin\w*|refrain\w*|cautio\w*|careful\w*|reluctan\w*|hesitan\w*|)"
            R"(freez\w*|froze\w*|risk\w*|compromis\w*|hostil\w*|obligations?|burdens?|)"
            R"(raise\w* (\w+ ){0,3}questions)\b)"),
         Kind::Against},
        {re(R"(\b(join\w*|apply\w*|applying|become (a )?(full )?member|seek\w* (\w+ ){0,2}membership|)"
            R"(membership)\b)"),
         Kind::Act},
    };
    return l;
}

Language russian()
{
    Language l;
    l.topic = re(R"((БРИКС|блок\w*|объединени\w*|альянс\w*|организаци\w*|член\w*|вступ\w*|присоедин\w*|)"
                 R"(заявк\w*|партн[её]рств\w*|статус\w* партн\w*))");
    l.negationBefore = re(R"((^|[\s,«])(не|нет|без|ни|нельзя)(?!\w))");
    l.negationAfter = re(R"((^|[\s,])нет(?!\w))");
    l.setback = re(R"((неудач\w*|удар по|разочаровани\w*))");
    l.relations =
        re(R"(\b(друг|друга|другом|друзья\w*|друзей|дружеств\w*|стратегическ\w* партн\w*|союзник\w*|)"
           R"(братск\w*)\b)");
    l.roleNoun =
        re(R"((президент\w*|министр\w*|секретар\w*|посол\w*|глав\w*|лидер\w*|директор\w*|эксперт\w*|)"
           R"(аналитик\w*|политолог\w*|экономист\w*|профессор\w*)\W+(\w+\W+){0,3}$)");
    l.contrast = re(R"((^|[\s,])(но|однако)(?!\w))");
    l.pronounStart = re(R"(^\W*(он|она)(?!\w))");
    l.negationInWord = re(R"(^\b$)");
    l.cues = {
        {re(R"(не (стоит )?на повестке|нет в повестке|не (говорил|обсуждал|поднимал)\w*)"), Kind::Against,
         true},
        {re(R"((не обязательно|необязательно|нет необходимости|нет нужды|незачем))"), Kind::Against, true,
         true},
        {re(R"((никогда|категорически|исключено|ни при каких))"), Kind::Firm},
        {re(R"((пока|на (данном|этом) этапе|в обозримом будущем|в ближайшее время))"), Kind::Hedge, false,
         false, true},
        {re(R"((статус\w* партн\w*|партн[её]рств\w*|как гость|в качестве гостя))"), Kind::Hedge},
        {re(R"((призыва\w*|призвал\w*|настаива\w*|(должен|должна|должны|следует) (вступ|присоедин)\w*))"),
         Kind::Push},
        {re(R"(((нужно|надо|необходимо|обязательно) (вступ|присоедин)\w*))"), Kind::Need},
        {re(R"((сотруднич\w*[^.;:!?]{0,80}?(можно|возможн\w*)|(можно|возможно) сотруднич\w*))"),
         Kind::Favour},
        {re(R"(((планиру|намерен|собира|хоч|хотел)\w* (\w+ ){0,2}(вступ|присоедин|пода)\w*))"), Kind::Favour},
        {re(R"((возможност\w*|выгод\w*|польз\w*|преимуществ\w*|приветств\w*|поддерж\w*|сближени\w*))"),
         Kind::Favour},
        {re(R"((отказ\w*|отверг\w*|отклон\w*|воздерж\w*|осторож\w*|сдержанн\w*|риск\w*|враждебн\w*|)"
            R"(обязательств\w*|под вопрос|замороз\w*))"),
         Kind::Against},
        {re(R"((вступ\w*|присоедин\w*|заявк\w*|членств\w*))"), Kind::Act},
    };
    return l;
}

Language turkish()
{
    Language l;
    l.topic = re(R"((BRICS|blok\w*|bloğ\w*|birli\w*|örgüt\w*|oluşum\w*|ittifak\w*|üye\w*|katıl\w*|başvur\w*|)"
                 R"(ortak ülke|ortaklık))");
    l.negationBefore = re(R"((^|\s)(hiç|hiçbir)(\s|$))");
    l.negationAfter = re(R"((^|\s)(değil|yok)\w*)");
    l.setback = re(R"((darbe\w*|başarısızlık\w*|hayal kırıklığı\w*))");
    l.relations = re(R"((dost\w*|stratejik ortak\w*|müttefik\w*|kardeş\w*))");
    l.roleNoun = re(R"((cumhurbaşkan\w*|bakan\w*|sözcü\w*|büyükelçi\w*|lider\w*|başkan\w*|direktör\w*|)"
                    R"(uzman\w*|analist\w*|siyaset bilimci\w*|ekonomist\w*|profesör\w*)\W+(\w+\W+){0,3}$)");
    l.contrast = re(R"((^|[\s,])(ama|ancak|fakat)(?!\w))");
    l.pronounStart = re(R"(^\W*(o|kendisi)(?!\w))");
    l.negationInWord = re(R"(\w{2,}(m[ae](yan|yen|d[ıiuü]|z\b|y[ae]c[ae][kğ])|m[ıiuü]yor)\w*)");
    // Turkish negates inside the verb: -me/-ma before the tense ("katılmıyor", "planlamadığını",
    // "katılmayacak", "düşünmüyor", "katılmadan").
    const char *negatedVerb =
        R"(m[ıiuü]yor|m[ae]d[ıiuü]ğ|m[ae]y[ae]c[ae][kğ]|m[ae]z\b|m[ae]m[ıiuü]ş|m[ae]dan)";
    l.cues = {
        {re(R"((gündeme gelmedi|gündemde değil))"), Kind::Against, true},
        {QRegularExpression(QString::fromUtf8(R"((katıl|başvur|planla|düşün|niyet|iste|gir)\w*?(%1)\w*)")
                                .arg(QString::fromUtf8(negatedVerb)),
                            QRegularExpression::CaseInsensitiveOption |
                                QRegularExpression::UseUnicodePropertiesOption),
         Kind::Against, true},
        {re(R"((asla|kesinlikle|hiçbir şekilde|söz konusu olamaz))"), Kind::Firm},
        {re(R"((şimdilik|bu aşamada|öngörülebilir gelecekte|yakın gelecekte|henüz))"), Kind::Hedge, false,
         false, true},
        {re(R"((ortak ülke statüsü\w*|ortaklık statüsü\w*|ortak statüsü\w*|davetli olarak|konuk olarak))"),
         Kind::Hedge},
        {re(R"((çağır\w*|çağrı\w*|ısrar\w*))"), Kind::Push},
        {re(R"((zorunlu|gerekli|şart)\b)"), Kind::Need},
        {re(R"((işbirli\w*[^.;:!?]{0,60}?mümkün\w*))"), Kind::Favour},
        {re(R"((fırsat\w*|fayda\w*|yarar\w*|avantaj\w*|memnuniyet\w*|destekl\w*|olumlu|yakınlaş\w*))"),
         Kind::Favour},
        {re(R"((redd\w*|çekimser\w*|temkinli\w*|ihtiyatlı\w*|dikkatli\w*|risk\w*|düşmanlık\w*|)"
            R"(yükümlülük\w*|soru işaret\w*|dondur\w*))"),
         Kind::Against},
        {re(R"((katıl\w*|başvur\w*|üyelik\w*))"), Kind::Act},
    };
    return l;
}

Language withLiterals(Language language)
{
    for (Cue &cue : language.cues)
        cue.literals = requiredLiterals(cue.pattern);
    return language;
}

} // namespace

const Language &languageFor(const QString &code)
{
    static const Language en = withLiterals(english());
    static const Language ru = withLiterals(russian());
    static const Language tr = withLiterals(turkish());
    if (code == QLatin1String("ru"))
        return ru;
    if (code == QLatin1String("tr"))
        return tr;
    return en;
}

} // namespace claimscope::core::stance
