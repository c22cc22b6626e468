package org.interviewarchive.ingest.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a speaker's label can be: a short name, a numbered speaker ({@code Speaker 1}, {@code SPEAKER_00},
 * {@code 说话人1}, {@code Track 2}), a letter ({@code A}, {@code C'}), a role word ({@code 主持人}, {@code Q}), or a
 * full name with its initials ({@code Jane Roe（JR）}); never a phrase of prose, a URL or a time.
 */
final class LabelNames {

    /** What kind of name a label is: labels of one transcript are mostly of one class. */
    enum NameClass {
        NUMBERED,
        LETTER,
        NAME
    }

    private static final int LONGEST = 40;
    private static final int MOST_WORDS = 5;
    private static final Pattern NUMBERED = Pattern.compile(
            "(?i)^(?:speaker|spk|说话人|发言人|讲话人|讲者|track|person|participant|voice|guest|host|嘉宾)[\\s_\\-]*(?:\\d{1,3}|[a-z])$");
    private static final Pattern LETTER = Pattern.compile("^[A-Z][0-9'’′]?$");
    private static final Pattern INITIALS = Pattern.compile("^(.{1,40}?)\\s*[（(]([A-Za-z]{1,5})[)）]$");
    /** Sentence punctuation, brackets and markup never stand in a name; a phrase that has them is prose. */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[。，,！？!?；;:：、“”\"《》…()（）\\[\\]【】<>{}|#*=/\\\\@~^$%&+]");
    private static final Pattern SENTENCE = Pattern.compile("[。，,！？!?；;:：、“”\"…]");
    private static final Pattern URL_LIKE = Pattern.compile("(?i)^(?:https?|ftp|mailto|www|file)\\b");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'’.\\-]*");
    /** Words that open a key-value line or an aside, not a turn: a colon after them is punctuation. */
    private static final Set<String> NOT_NAMES = Set.of(
            "note", "notes", "nb", "ps", "p.s", "update", "edit", "edited", "source", "sources", "link", "links",
            "url", "title", "subtitle", "date", "time", "tags", "tag", "summary", "keywords", "keyword", "example",
            "e.g", "i.e", "warning", "tip", "tips", "important", "caution", "disclaimer", "transcript", "episode",
            "chapter", "chapters", "part", "step", "result", "results", "reference",
            "references", "credits", "music", "intro", "outro", "sponsor", "ad", "advertisement", "location",
            "duration", "language", "translation", "original", "author", "authors", "published", "category",
            "注意", "注", "提示", "备注", "来源", "链接", "时间", "日期", "标题", "作者", "摘要", "总结", "关键词", "标签",
            "例如", "比如", "原文", "译文", "翻译", "说明", "声明", "更新", "编辑", "图", "图片", "视频", "音频", "地址",
            "网址", "文章", "本文", "结论", "答案", "结果", "参考", "出处", "地点", "时长", "简介", "介绍",
            "本集简介", "字幕", "章节", "目录", "附录", "免责声明", "特别说明", "总之", "首先", "其次", "最后", "另外",
            "比方说", "也就是说", "换句话说", "所以", "但是", "因为", "于是", "然后", "其实", "当然", "可是");
    /** A name that ends in a verb of saying opens reported speech ("他说：…"), not a turn. */
    private static final Pattern SAYS = Pattern.compile(
            "(?:说|道|问道|答道|表示|认为|指出|强调|提到|提出|坦言|透露|补充|写道|称|告诉我们|回忆|解释|问|答)$");

    private LabelNames() {
    }

    static boolean isPlausible(String name) {
        if (SpeakerRoles.roleLabel(name).isPresent()) {
            return name.codePointCount(0, name.length()) <= LONGEST && !SENTENCE.matcher(name).find();
        }
        String core = initials(name).map(Initials::fullName).orElse(name);
        if (core.isEmpty() || core.codePointCount(0, core.length()) > LONGEST || NOT_IN_NAME.matcher(core).find()
                || URL_LIKE.matcher(core).find() || !core.codePoints().anyMatch(Character::isLetter)) {
            return false;
        }
        if (classOf(core) != NameClass.NAME || SpeakerRoles.hasRoleWord(core)) {
            return true;
        }
        if (NOT_NAMES.contains(core.toLowerCase(Locale.ROOT)) || core.codePoints().anyMatch(Character::isDigit)
                && !Languages.hasHan(core)) {
            return false;
        }
        if (Languages.hasHan(core)) {
            return core.codePointCount(0, core.length()) <= 16 && !SAYS.matcher(core).find()
                    || SpeakerRoles.hasRoleWord(core);
        }
        String[] words = core.split("\\s+");
        if (words.length > MOST_WORDS) {
            return false;
        }
        // A Latin name starts with a capital ("Unknown Speaker", "Daniel Whitenack"); "so basically" is prose.
        return Character.isUpperCase(core.codePointAt(0)) && LATIN_WORD.matcher(words[0]).matches();
    }

    /**
     * A name that is a person's beyond doubt, so that it labels a turn even when used once among recurring labels:
     * two or more capitalised Latin words ({@code Bo Chen}), or two to four Chinese characters.
     */
    static boolean isFullName(String name) {
        if (!isPlausible(name) || classOf(name) != NameClass.NAME) {
            return false;
        }
        if (Languages.hasHan(name)) {
            int length = name.codePointCount(0, name.length());
            return length >= 2 && length <= 4 && name.codePoints().allMatch(Languages::isHan);
        }
        String[] words = name.split("\\s+");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(word -> Character.isUpperCase(word.codePointAt(0)));
    }

    static NameClass classOf(String name) {
        if (NUMBERED.matcher(name).matches()) {
            return NameClass.NUMBERED;
        }
        return LETTER.matcher(name).matches() ? NameClass.LETTER : NameClass.NAME;
    }

    /** A full name given once with initials in brackets, {@code Jane Roe（JR）}, after which the initials stand for it. */
    record Initials(String fullName, String initials) {
    }

    static Optional<Initials> initials(String name) {
        Matcher matcher = INITIALS.matcher(name.strip());
        return matcher.matches() ? Optional.of(new Initials(matcher.group(1).strip(), matcher.group(2)))
                : Optional.empty();
    }
}
