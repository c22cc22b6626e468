package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds foreign names transliterated into Chinese, which are written with a middle dot between their parts
 * (塞巴斯蒂安·布尔若). Running text has no spaces, so a name's ends are found from the characters that the
 * usual transliteration tables use, and from the words that may follow a name (表示, 认为, 的…).
 */
final class TransliteratedNames {

    /**
     * A name found in the text.
     *
     * @param full    the whole name, dots included
     * @param surname the part after the last dot, which the text may use alone later
     */
    record Name(String full, String surname) {
    }

    private static final String DOTS = "·・‧•";
    /** What follows a name is told by its first few characters; the longest word after a name is shorter. */
    private static final int AFTER_NAME_LOOKAHEAD = 8;
    /** The characters of the common transliteration tables for European names. */
    private static final String SYLLABARY = "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达黛戴代丹道德登迪狄蒂丁东杜敦顿多"
            + "厄恩尔法凡范菲费芬丰弗伏福富盖甘冈高戈哥格根古圭果哈海汉翰豪赫黑亨洪胡华怀霍基吉加贾杰捷金卡凯坎康考柯科克肯"
            + "库夸奎昆拉莱赖兰朗劳勒雷蕾里理利莉丽历列林琳卢鲁陆路伦罗洛马玛迈麦曼毛梅门蒙孟米密敏摩莫默姆穆纳娜乃奈南内"
            + "尼妮涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔琼丘萨塞赛桑瑟森沙莎山尚绍舍申什施史斯松苏索塔泰坦汤唐特提汀图托瓦"
            + "万旺威韦维卫温文沃乌伍武西希锡夏谢辛休雅亚扬耶伊英尤约泽扎詹兹佐若茨芙丝薇琪露让卓儒夫娃娅大廉治瑞隆堡";
    private static final int LONGEST_PART = 6;
    /** Taken from an end of a name whose neighbouring characters are none of the usual ones. */
    private static final int SHORTEST_PART = 2;
    /** What may follow a name: the end, another script, a reporting verb, an adverb, a particle. */
    private static final Pattern AFTER_NAME = Pattern.compile("^(?:$|[^\\p{IsHan}]|" + NarrationCast.REPORTING_VERBS
            + "|" + NarrationCast.ADVERBS + "|[的是在和与对从于等及为这那]|作为|先生|女士|教授|博士)");

    private TransliteratedNames() {
    }

    static List<Name> in(String text) {
        List<Name> names = new ArrayList<>();
        // One pass over runs of Han characters joined by dots (a pattern repeating a group would recurse per part).
        int i = 0;
        while (i < text.length()) {
            if (!isHan(text, i)) {
                i++;
                continue;
            }
            int start = i;
            int firstEnd = hanRunEnd(text, i);
            int end = firstEnd;
            int lastDot = -1;
            while (end + 1 < text.length() && DOTS.indexOf(text.charAt(end)) >= 0 && isHan(text, end + 1)) {
                lastDot = end;
                end = hanRunEnd(text, end + 1);
            }
            if (lastDot >= 0) {
                String surname = surname(text.substring(lastDot + 1, end),
                        text.substring(end, Math.min(text.length(), end + AFTER_NAME_LOOKAHEAD)));
                names.add(new Name(givenName(text.substring(start, firstEnd)) + text.substring(firstEnd, lastDot + 1)
                        + surname, surname));
            }
            i = end;
        }
        return names;
    }

    private static boolean isHan(String text, int index) {
        return Character.UnicodeScript.of(text.codePointAt(index)) == Character.UnicodeScript.HAN;
    }

    private static int hanRunEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isHan(text, end)) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /** The end of the run of characters before the first dot that reads as a name (负责人奥雷尔 → 奥雷尔). */
    private static String givenName(String run) {
        int start = run.length();
        while (start > 0 && run.length() - start < LONGEST_PART && SYLLABARY.indexOf(run.charAt(start - 1)) >= 0) {
            start--;
        }
        return start == run.length() ? run.substring(Math.max(0, run.length() - SHORTEST_PART)) : run.substring(start);
    }

    /**
     * The start of the run after the last dot that reads as a name, the longest one that what follows can
     * follow (布尔若表示 → 布尔若, 史密斯特别强调 → 史密斯).
     */
    private static String surname(String run, String rest) {
        int end = 0;
        while (end < run.length() && end < LONGEST_PART && SYLLABARY.indexOf(run.charAt(end)) >= 0) {
            end++;
        }
        if (end == 0) {
            return run.substring(0, Math.min(run.length(), SHORTEST_PART));
        }
        for (int length = end; length > 0; length--) {
            if (AFTER_NAME.matcher(run.substring(length) + rest).find()) {
                return run.substring(0, length);
            }
        }
        return run.substring(0, end);
    }
}
