using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Messaging.MessagingErrors;

namespace KnowledgePay.GraphQL.Messaging;

internal sealed class SubscriptionTemplateUnknownErrorGraphType() : CodedErrorGraphType(
    "SubscriptionTemplateUnknownError", UnknownTemplateCode, "A template id is not one of the mini program's subscription templates.");

internal sealed class NoSubscriptionGrantErrorGraphType() : CodedErrorGraphType(
    "NoSubscriptionGrantError", NoGrantCode, "The user holds no subscription for the template; nothing was sent.");

internal sealed class SubscriptionTemplateDisabledErrorGraphType() : CodedErrorGraphType(
    "SubscriptionTemplateDisabledError", TemplateDisabledCode, "The template is switched off in configuration.");
