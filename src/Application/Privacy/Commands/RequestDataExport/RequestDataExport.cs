using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Queries;
using KnowledgePay.Domain.Privacy;
using Mediator;

namespace KnowledgePay.Application.Privacy.Commands.RequestDataExport;

/// <summary>Asks for a copy of the caller's personal data; the privacy work prepares it later.</summary>
public sealed record RequestDataExportCommand : ICommand<PrivacyRequestDto>, IRetryOnConflict;

internal sealed class RequestDataExportCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RequestDataExportCommand, PrivacyRequestDto>
{
    public async ValueTask<PrivacyRequestDto> Handle(RequestDataExportCommand command, CancellationToken cancellationToken) =>
        await db.SubmitOnceAsync(currentUser.RequiredId(), PrivacyRequestKind.DataExport, clock.GetUtcNow(), cancellationToken);
}
