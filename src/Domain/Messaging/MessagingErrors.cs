using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Messaging;

/// <summary>Subscription-message failures; the codes are API contract.</summary>
public static class MessagingErrors
{
    public const string UnknownTemplateCode = "SUBSCRIPTION_TEMPLATE_UNKNOWN";
    public const string NoGrantCode = "SUBSCRIPTION_NO_GRANT";
    public const string TemplateDisabledCode = "SUBSCRIPTION_TEMPLATE_DISABLED";
    public const string InvalidRequestCode = "SUBSCRIPTION_REQUEST_INVALID";

    public static DomainException UnknownTemplate(string templateId) =>
        new(UnknownTemplateCode, $"'{templateId}' is not one of this mini program's subscription templates.");

    public static DomainException NoGrant() =>
        new(NoGrantCode, "The user holds no subscription for this template: they must accept it in the mini program first.");

    public static DomainException TemplateDisabled() =>
        new(TemplateDisabledCode, "This template is switched off in configuration.");

    /// <summary>A request whose page or dedupe key is too long (or the key empty): a programming error of the raiser.</summary>
    public static DomainException InvalidRequest() =>
        new(InvalidRequestCode, $"A subscription message needs a dedupe key of at most {MessagingLimits.DedupeKeyLength} characters and a page of at most {MessagingLimits.PageLength}.");
}
