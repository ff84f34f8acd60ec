using KnowledgePay.Application.Agreements.Queries;
using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Agreements;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Agreements.Commands.AcceptAgreement;

/// <summary>
/// Signed-in users: accept the agreement version in effect, on <paramref name="Platform"/> (and client version, when the
/// mini program gives it). Accepting a version already accepted returns the first acceptance; a superseded or future
/// version is refused, an unknown one too (AGREEMENT_VERSION_NOT_FOUND).
/// </summary>
public sealed record AcceptAgreementCommand(Guid VersionId, AgreementPlatform Platform, string? ClientVersion)
    : ICommand<AgreementAcceptanceDto>, IRetryOnConflict;

internal sealed class AcceptAgreementCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AcceptAgreementCommand, AgreementAcceptanceDto>
{
    public async ValueTask<AgreementAcceptanceDto> Handle(AcceptAgreementCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var version = await db.AgreementVersions.SingleOrDefaultAsync(v => v.Id == command.VersionId, cancellationToken)
            ?? throw AgreementErrors.VersionNotFound(command.VersionId);
        var acceptance = await db.AgreementAcceptances.SingleOrDefaultAsync(
            a => a.UserId == userId && a.AgreementVersionId == version.Id, cancellationToken);
        if (acceptance is null)
        {
            var now = clock.GetUtcNow();
            var current = AgreementTerms.Current(
                await db.AgreementVersions.Where(v => v.Kind == version.Kind && v.EffectiveAt <= now).ToListAsync(cancellationToken), now);
            acceptance = version.Accept(userId, command.Platform, command.ClientVersion, current, now);
            db.AgreementAcceptances.Add(acceptance);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new AgreementAcceptanceDto(
            acceptance.Id, version.Adapt<AgreementVersionDto>(), acceptance.AcceptedAt, acceptance.Platform, acceptance.ClientVersion);
    }
}
