using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Risk.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Risk;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk.Commands.ReviewRiskFlag;

/// <summary>What an operator decides about an open flag.</summary>
public enum RiskFlagDecision
{
    /// <summary>The anomaly is real: the flag's restriction stays.</summary>
    Confirm,

    /// <summary>A false flag: its restriction lifts.</summary>
    Clear,
}

/// <summary>
/// Admins: confirms or clears an open flag, once. The review is audited through <see cref="RiskFlagReviewedEvent"/> (who,
/// when, the decision and the note).
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record ReviewRiskFlagCommand(Guid FlagId, RiskFlagDecision Decision, string Note) : ICommand<RiskFlagDto>, IRetryOnConflict;

internal sealed class ReviewRiskFlagCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReviewRiskFlagCommand, RiskFlagDto>
{
    public async ValueTask<RiskFlagDto> Handle(ReviewRiskFlagCommand command, CancellationToken cancellationToken)
    {
        var flag = await db.RiskFlags.SingleOrDefaultAsync(f => f.Id == command.FlagId, cancellationToken)
            ?? throw RiskErrors.FlagNotFound();
        var adminId = user.RequiredId();
        var now = clock.GetUtcNow();
        if (command.Decision == RiskFlagDecision.Confirm)
        {
            flag.Confirm(adminId, command.Note, now);
        }
        else
        {
            flag.Clear(adminId, command.Note, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return flag.Adapt<RiskFlagDto>();
    }
}
