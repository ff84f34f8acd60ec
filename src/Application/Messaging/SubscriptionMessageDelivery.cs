using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging;

/// <summary>
/// Sends a recorded message at most once. The delivery that moves it from Pending to Sending (a conditional update) is
/// the only one that goes on; it spends a grant, calls WeChat and records the outcome. A grant WeChat did not spend
/// (invalid data, busy) is given back; a 43101 zeroes ours. Nothing is retried: a message is a nudge, and a late or
/// repeated one is worse than none.
/// </summary>
public sealed class SubscriptionMessageDelivery(
    IApplicationDbContext db, SubscriptionTemplates templates, ISubscriptionMessageSender sender, TimeProvider clock)
{
    public async Task DeliverAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var claimed = await db.SubscriptionMessages
            .Where(m => m.Id == messageId && m.Status == SubscriptionMessageStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, SubscriptionMessageStatus.Sending), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        var message = await db.SubscriptionMessages.SingleAsync(m => m.Id == messageId, cancellationToken);
        var (status, errCode, msgId) = await SendAsync(message, cancellationToken);
        message.Finish(status, errCode, msgId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(SubscriptionMessageStatus Status, int? ErrCode, string? MsgId)> SendAsync(
        SubscriptionMessage message, CancellationToken cancellationToken)
    {
        if (templates.Find(message.Template) is not { Enabled: true } template)
        {
            return (SubscriptionMessageStatus.Disabled, null, null);
        }

        message.Address(template.TemplateId);
        var openId = await db.Users.Where(u => u.Id == message.UserId).Select(u => u.OpenId).SingleOrDefaultAsync(cancellationToken);
        if (openId is null || !SubscriptionTemplates.TryBuildData(template, message.ValueMap(), out var data))
        {
            return (SubscriptionMessageStatus.Invalid, null, null);
        }

        if (!await db.SubscriptionGrants.TrySpendAsync(message.UserId, template.TemplateId, cancellationToken))
        {
            return (SubscriptionMessageStatus.NoGrant, null, null);
        }

        var page = message.Page.Length > 0 ? message.Page : template.Page;
        var result = await sender.SendAsync(new SubscriptionMessageSend(openId, template.TemplateId, page, data), cancellationToken);
        switch (result.Outcome)
        {
            case SubscriptionSendOutcome.Sent:
                return (SubscriptionMessageStatus.Sent, null, result.MsgId);
            case SubscriptionSendOutcome.Refused:
                await db.SubscriptionGrants.ZeroAsync(message.UserId, template.TemplateId, cancellationToken);
                return (SubscriptionMessageStatus.Refused, result.ErrCode, null);
            default:
                await db.SubscriptionGrants.GiveBackAsync(message.UserId, template.TemplateId, cancellationToken);
                return (result.Outcome == SubscriptionSendOutcome.Invalid ? SubscriptionMessageStatus.Invalid : SubscriptionMessageStatus.Failed,
                    result.ErrCode, null);
        }
    }
}
