using KnowledgePay.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging;

/// <summary>Grant counts change only through conditional updates, so racing sends and reports never lose or overspend one.</summary>
internal static class SubscriptionGrants
{
    /// <summary>Spends one grant if the user holds one and has not banned the template; false when there was none to spend.</summary>
    public static async Task<bool> TrySpendAsync(
        this DbSet<SubscriptionGrant> grants, Guid userId, string templateId, CancellationToken cancellationToken) =>
        await grants
            .Where(g => g.UserId == userId && g.TemplateId == templateId && g.Remaining > 0 && g.LastDecision != SubscriptionDecision.Ban)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.Remaining, g => g.Remaining - 1), cancellationToken) == 1;

    /// <summary>Gives back a grant WeChat did not spend (it refused the message for a reason of ours, or never answered).</summary>
    public static Task GiveBackAsync(this DbSet<SubscriptionGrant> grants, Guid userId, string templateId, CancellationToken cancellationToken) =>
        grants.Where(g => g.UserId == userId && g.TemplateId == templateId)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.Remaining, g => g.Remaining + 1), cancellationToken);

    /// <summary>WeChat says the user holds no subscription (43101): ours was out of step, so none is left.</summary>
    public static Task ZeroAsync(this DbSet<SubscriptionGrant> grants, Guid userId, string templateId, CancellationToken cancellationToken) =>
        grants.Where(g => g.UserId == userId && g.TemplateId == templateId)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.Remaining, 0), cancellationToken);

    /// <summary>Whether a send now would find a grant to spend (the admin's test send asks before recording anything).</summary>
    public static Task<bool> HoldsAsync(this DbSet<SubscriptionGrant> grants, Guid userId, string templateId, CancellationToken cancellationToken) =>
        grants.AnyAsync(
            g => g.UserId == userId && g.TemplateId == templateId && g.Remaining > 0 && g.LastDecision != SubscriptionDecision.Ban,
            cancellationToken);
}
