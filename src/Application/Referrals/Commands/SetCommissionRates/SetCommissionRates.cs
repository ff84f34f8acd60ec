using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Referrals.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Referrals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Commands.SetCommissionRates;

/// <summary>
/// Admins: a course's (<see cref="CourseId"/>) or offer's (<see cref="OfferId"/>) own commission rates in basis points,
/// for orders paid from now on; commissions already earned keep their rate.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record SetCommissionRatesCommand(Guid? CourseId, Guid? OfferId, int Level1Bp, int Level2Bp)
    : ICommand<CommissionRateDto>, IRetryOnConflict;

internal sealed class SetCommissionRatesCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<SetCommissionRatesCommand, CommissionRateDto>
{
    public async ValueTask<CommissionRateDto> Handle(SetCommissionRatesCommand command, CancellationToken cancellationToken)
    {
        var offerId = command.CourseId ?? command.OfferId!.Value;
        var exists = command.CourseId is { } courseId
            ? await db.Courses.AnyAsync(c => c.Id == courseId, cancellationToken)
            : await db.Offers.AnyAsync(o => o.Id == offerId, cancellationToken);
        if (!exists)
        {
            throw new NotFoundException(command.CourseId is null ? nameof(Offer) : "Course", offerId);
        }

        var now = clock.GetUtcNow();
        var rate = await db.CommissionRates.SingleOrDefaultAsync(r => r.OfferId == offerId, cancellationToken);
        if (rate is null)
        {
            db.CommissionRates.Add(CommissionRate.For(offerId, command.Level1Bp, command.Level2Bp, now));
        }
        else
        {
            rate.Set(command.Level1Bp, command.Level2Bp, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CommissionRateDto(command.CourseId, command.OfferId, command.Level1Bp, command.Level2Bp);
    }
}
