using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Moderation;

public static class ModerationErrors
{
    public const string ContentRefusedCode = "CONTENT_REFUSED";

    public static DomainException ContentRefused() =>
        new(ContentRefusedCode, "This text cannot be published: it breaks the content rules. Please change it and try again.");
}
