using Mediator;

namespace KnowledgePay.Application.Messaging.Queries.GetSubscriptionTemplates;

/// <summary>Signed-in users: the enabled templates, whose ids the mini program passes to wx.requestSubscribeMessage.</summary>
public sealed record GetSubscriptionTemplatesQuery : IQuery<IReadOnlyList<SubscriptionTemplateDto>>;

internal sealed class GetSubscriptionTemplatesQueryHandler(SubscriptionTemplates templates)
    : IQueryHandler<GetSubscriptionTemplatesQuery, IReadOnlyList<SubscriptionTemplateDto>>
{
    public ValueTask<IReadOnlyList<SubscriptionTemplateDto>> Handle(GetSubscriptionTemplatesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<SubscriptionTemplateDto>>(
            [.. templates.Enabled().Select(t => new SubscriptionTemplateDto(t.Template, t.TemplateId))]);
}
