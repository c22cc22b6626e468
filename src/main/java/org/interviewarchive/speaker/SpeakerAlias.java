package org.interviewarchive.speaker;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Another way a transcript writes a speaker, with the key it is looked up by. */
@Embeddable
class SpeakerAlias {

    @Column(name = "alias", nullable = false, length = 200)
    private String alias;

    @Column(name = "alias_key", nullable = false, length = 200)
    private String key;

    protected SpeakerAlias() {
    }

    SpeakerAlias(String alias) {
        this.alias = alias;
        this.key = SpeakerNames.key(alias);
    }

    String alias() {
        return alias;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpeakerAlias that && alias.equals(that.alias);
    }

    @Override
    public int hashCode() {
        return alias.hashCode();
    }
}
