package org.interviewarchive.ingest.parse;

import java.util.Collection;
import java.util.List;

/**
 * Which side of a bilingual transcript was spoken: the people's names tell (Latin names speak English, Chinese names
 * Chinese); when they do not, the side each pair gives first. A sidecar may say otherwise.
 */
final class SpokenLanguage {

    private SpokenLanguage() {
    }

    /**
     * The passages, each marked as spoken in the language the transcript's names point to.
     *
     * @param speakers     the labels of the turns
     * @param descriptions what a cast list says the labels stand for
     */
    static List<Passage> decide(List<Passage> passages, List<String> speakers, Collection<String> descriptions) {
        if (passages.stream().noneMatch(passage -> passage.translation() != null)) {
            return passages;
        }
        long han = 0;
        long latin = 0;
        for (String name : speakers) {
            if (LabelNames.classOf(name) == LabelNames.NameClass.NAME && !SpeakerRoles.hasRoleWord(name)) {
                han += Languages.hasHan(name) ? 1 : 0;
                latin += Languages.hasHan(name) ? 0 : 1;
            }
        }
        for (String description : descriptions) {
            han += Languages.hasHan(description) ? 1 : 0;
            latin += Languages.hasHan(description) ? 0 : 1;
        }
        if (han == latin) {
            return passages;
        }
        String spoken = han > latin ? Languages.CHINESE : Languages.ENGLISH;
        return passages.stream().map(passage -> passage.spokenIn(spoken)).toList();
    }
}
