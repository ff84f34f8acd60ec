using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Messaging;

/// <summary>
/// A learner's grants, reported as the mini program would after <c>wx.requestSubscribeMessage</c>, and the messages
/// the simulated WeChat received.
/// </summary>
public abstract class SubscriptionMessageTest(KnowledgePayApp app) : OrdersTest(app)
{
    public const string OrderPaidTemplateId = "kpSimOrderPaidxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    public const string RefundCompletedTemplateId = "kpSimRefundCompletedxxxxxxxxxxxxxxxxxxxxxxx";
    public const string MembershipExpiringTemplateId = "kpSimMembershipExpiringxxxxxxxxxxxxxxxxxxxx";
    protected const string Failure = "errors { __typename ... on Error { code } }";
    protected const string MessageFields = "id userId template templateId status errCode msgId values dedupeKey";

    protected static Guid UserId(Session session) => GlobalId.Decode(session.UserId).Id;

    /// <summary>The user accepts the template in the mini program (the simulator counts it) and the mini program reports it.</summary>
    protected async Task<JsonElement> GrantAsync(Session learner, string openId, string templateId, string status = "ACCEPT")
    {
        await App.WeChat.AnswerSubscriptionAsync(openId, templateId, status.ToLowerInvariant());
        return await ReportAsync(learner, (templateId, status));
    }

    protected static async Task<JsonElement> ReportAsync(Session learner, params (string TemplateId, string Status)[] results) =>
        (await learner.Client.QueryAsync(
            $"mutation($input: ReportSubscriptionGrantsInput!) {{ reportSubscriptionGrants(input: $input) {{ grants {{ templateId template remaining lastDecision }} {Failure} }} }}",
            new { input = new { results = results.Select(r => new { templateId = r.TemplateId, status = r.Status }) } }))
        .GetProperty("reportSubscriptionGrants");

    protected static async Task<IReadOnlyList<JsonElement>> GrantsAsync(Session learner) =>
        [.. (await learner.Client.QueryAsync("{ mySubscriptionGrants { templateId template remaining lastDecision } }"))
            .GetProperty("mySubscriptionGrants").EnumerateArray()];

    protected static async Task<int> RemainingAsync(Session learner, string templateId) =>
        (await GrantsAsync(learner)).Single(g => g.GetProperty("templateId").GetString() == templateId).GetProperty("remaining").GetInt32();

    protected static async Task<IReadOnlyList<JsonElement>> MessagesAsync(Session admin, string? where = null) =>
        (await admin.Client.QueryAsync($"{{ subscriptionMessages{(where is null ? string.Empty : $"(where: {where})")} {{ nodes {{ {MessageFields} }} }} }}"))
        .Nodes("subscriptionMessages");

    protected static async Task<JsonElement> AdminSendAsync(Session admin, string userId, string template, params (string Name, string Value)[] values) =>
        (await admin.Client.QueryAsync(
            $"mutation($input: SendSubscriptionMessageInput!) {{ sendSubscriptionMessage(input: $input) {{ message {{ {MessageFields} }} {Failure} }} }}",
            new { input = new { userId, template, values = values.Select(v => new { name = v.Name, value = v.Value }) } }))
        .GetProperty("sendSubscriptionMessage");

    /// <summary>Delivers an event to its in-transaction handlers and saves, as the save that raised it would.</summary>
    protected async Task PublishAsync(IDomainEvent domainEvent)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().PublishDomainEventAsync(domainEvent, CancellationToken.None);
        await ((DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>()).SaveChangesAsync();
    }

    /// <summary>Delivers the request to its after-commit handler as the outbox would (again, for a redelivery), in a scope of its own.</summary>
    protected async Task DeliverAsync(SubscriptionMessageRequestedEvent request)
    {
        var handler = Assert.Single(App.Services.GetRequiredService<AfterCommitHandlers>().For(typeof(SubscriptionMessageRequestedEvent)));
        await using var scope = App.Services.CreateAsyncScope();
        await handler.InvokeAsync(scope.ServiceProvider, request, CancellationToken.None);
    }
}
