using KnowledgePay.Domain.Messaging;

namespace KnowledgePay.Application.Messaging.Queries;

public sealed record SubscriptionTemplateDto(MessageTemplate Template, string TemplateId);
