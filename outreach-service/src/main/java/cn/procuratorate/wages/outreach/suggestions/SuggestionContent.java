package cn.procuratorate.wages.outreach.suggestions;

import java.util.List;

/**
 * What a suggestion says, edited while it is a draft: its kind, recipient, the problem found, what the recipient is
 * asked to do, and the evidence behind it. A draft may lack the recipient and the request; issuing needs both.
 */
public record SuggestionContent(SuggestionKind kind, Recipient recipient, String problem, String request,
        List<Evidence> evidence) {

    public SuggestionContent {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
