using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Referrals;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Referrals.Commands.BindReferrer;

/// <summary>
/// The caller accepts a promoter's invitation code: the promoter becomes their referrer by the binding rules. Refusals
/// are typed (own code, cycle, first touch held by another promoter, inactive promoter) and change nothing.
/// </summary>
public sealed record BindReferrerCommand(string PromoterCode) : ICommand<BindReferrerResult>, IRetryOnConflict;

public sealed record BindReferrerResult(string PromoterCode, DateTimeOffset BoundAt, DateTimeOffset? ExpiresAt);

internal sealed class BindReferrerCommandHandler(
    IApplicationDbContext db, ICurrentUser user, IOptionsSnapshot<ReferralOptions> options, TimeProvider clock)
    : ICommandHandler<BindReferrerCommand, BindReferrerResult>
{
    public async ValueTask<BindReferrerResult> Handle(BindReferrerCommand command, CancellationToken cancellationToken)
    {
        var code = command.PromoterCode.Trim().ToUpperInvariant();
        var promoter = await db.Promoters.SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw ReferralErrors.PromoterCodeUnknown();
        var binding = await db.BindAsync(user.RequiredId(), promoter, null, options.Value.BindingRules, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new BindReferrerResult(promoter.Code, binding.BoundAt, binding.ExpiresAt);
    }
}
