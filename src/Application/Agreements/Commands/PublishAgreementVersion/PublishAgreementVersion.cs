using KnowledgePay.Application.Agreements.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Agreements;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Agreements.Commands.PublishAgreementVersion;

/// <summary>
/// Admins: publishes a version of the user agreement or privacy policy, in effect from <paramref name="EffectiveAt"/> (now
/// when not given, never earlier). Users who accepted an earlier version are asked again only when
/// <paramref name="RequiresReacceptance"/>. A version label is used once per kind; a published version never changes.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record PublishAgreementVersionCommand(
    AgreementKind Kind,
    string VersionLabel,
    string Title,
    string? Body,
    string? Url,
    DateTimeOffset? EffectiveAt,
    bool RequiresReacceptance) : ICommand<AgreementVersionDto>;

internal sealed class PublishAgreementVersionCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<PublishAgreementVersionCommand, AgreementVersionDto>
{
    public async ValueTask<AgreementVersionDto> Handle(PublishAgreementVersionCommand command, CancellationToken cancellationToken)
    {
        var label = command.VersionLabel.Trim();
        if (await db.AgreementVersions.AnyAsync(v => v.Kind == command.Kind && v.VersionLabel == label, cancellationToken))
        {
            throw AgreementErrors.DuplicateVersionLabel(command.Kind, label);
        }

        var now = clock.GetUtcNow();
        var version = AgreementVersion.Publish(
            command.Kind, label, command.Title, command.Body, command.Url, command.EffectiveAt ?? now, command.RequiresReacceptance, now);
        db.AgreementVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version.Adapt<AgreementVersionDto>();
    }
}
