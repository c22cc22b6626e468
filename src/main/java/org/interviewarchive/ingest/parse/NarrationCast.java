package org.interviewarchive.ingest.parse;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who speaks in a narration: the narrator who introduces the channel, and the people whose views the
 * narrator reports. People are the registry's names the text contains and the transliterated names the
 * text introduces with a middle dot, also by the part after the dot (塞巴斯蒂安·布尔若, then 布尔若).
 */
final class NarrationCast {

    private static final int INTRODUCTION_LINES = 3;
    /** A greeting, then 这里是X / 我是X / 欢迎来到X. */
    private static final Pattern SELF_INTRODUCTION = Pattern.compile(
            "^(?:[^，,。！!？?]{1,12}[，,！!。]\\s*)?(?:这里是|我是|欢迎来到|欢迎收看)\\s*([^，,。！!？?；;]{1,20})");

    static final String REPORTING_VERBS = "表示|提到|提出|认为|强调|指出|说道|说|解释|透露|坦言|预测|给出|谈到|觉得"
            + "|相信|回忆|补充|承认|直言|分享|介绍|回答|总结|建议|警告|称";
    static final String ADVERBS = "却|也|还|则|就|曾经|曾|一直|同样|更是|更|再次|又|进一步|特别|明确|直接"
            + "|都|始终|随后|后来|最后|同时";
    private static final String CONNECTIVES = "但是|但|而且|而|并且|同时|不过|此外|另外|因此|所以|对此|随后|接着|后来"
            + "|然而|可是|于是|其中";
    private static final String PRONOUN = "[他她](?!们)";

    private final String narrator;
    /** Every way the text writes a person, mapped to the person's first-found form. */
    private final Map<String, String> personByForm;
    private final Pattern mention;
    private final Pattern reportingClause;
    private final Pattern nameFirst;

    private NarrationCast(String narrator, Map<String, String> personByForm) {
        this.narrator = narrator;
        this.personByForm = personByForm;
        String names = personByForm.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.mention = names.isEmpty() ? null : Pattern.compile(names);
        String opening = "^(?:(?:" + CONNECTIVES + ")[，,]?\\s*)?";
        String subject = names.isEmpty() ? PRONOUN : names + "|" + PRONOUN;
        this.reportingClause = Pattern.compile(opening + "(" + subject + ")\\s*(?:"
                + ADVERBS + "){0,3}(?:" + REPORTING_VERBS + ")");
        // a name followed by 的 or 所 is not the sentence's subject (布尔若的职业轨迹, 布尔若所强调的)
        this.nameFirst = names.isEmpty() ? null : Pattern.compile(opening + "(?:" + names + ")(?![的所])");
    }

    static NarrationCast of(List<String> clauses, ParseContext context) {
        String narrator = narrator(clauses);
        String text = String.join("\n", clauses);
        Map<String, String> personByForm = new LinkedHashMap<>();
        context.knownNames().stream()
                .filter(name -> Lines.length(name) >= 2 && text.contains(name))
                .forEach(name -> personByForm.put(name, name));
        for (TransliteratedNames.Name name : TransliteratedNames.in(text)) {
            String person = personByForm.computeIfAbsent(name.full(), full -> full);
            if (Lines.length(name.surname()) >= 2) {
                personByForm.put(name.surname(), person);
            }
        }
        if (narrator != null) {
            personByForm.remove(narrator);
        }
        return new NarrationCast(narrator, personByForm);
    }

    /** The name the narration introduces itself by in its first lines ("大家好，这里是X"), or null. */
    private static String narrator(List<String> clauses) {
        return clauses.stream().limit(INTRODUCTION_LINES)
                .map(SELF_INTRODUCTION::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1).strip())
                .findFirst()
                .orElse(null);
    }

    String narrator() {
        return narrator;
    }

    /** The person a clause opens by reporting ("布尔若表示", "但是他认为"): the name as written or the pronoun's antecedent. */
    String reporter(String clause, String antecedent) {
        Matcher matcher = reportingClause.matcher(clause);
        if (!matcher.find()) {
            return null;
        }
        String subject = matcher.group(1);
        return subject.matches(PRONOUN) ? antecedent : subject;
    }

    /** Whether the clause has a person's name as its subject ("布尔若和他的团队…", "但是布尔若认为…"). */
    boolean opensWithName(String clause) {
        return nameFirst != null && nameFirst.matcher(clause).find();
    }

    /** The last person the clause names, as written, or null. */
    String lastNamed(String clause) {
        if (mention == null) {
            return null;
        }
        String last = null;
        Matcher matcher = mention.matcher(clause);
        while (matcher.find()) {
            last = matcher.group();
        }
        return last;
    }

    /** The person a form writes, so that 塞巴斯蒂安·布尔若 and 布尔若 count as one participant. */
    String person(String form) {
        return personByForm.getOrDefault(form, form);
    }

    boolean samePerson(String form, String other) {
        return form != null && other != null && person(form).equals(person(other));
    }
}
