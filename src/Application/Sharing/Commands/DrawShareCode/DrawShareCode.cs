using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Sharing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sharing.Commands.DrawShareCode;

/// <summary>
/// A share's 小程序码 for its poster, drawn by WeChat on the first request and served from the database after that:
/// WeChat is asked once per share, and only for shares someone put on a poster. Anonymous, because an image element
/// sends no credentials; the scene is the secret, and an unknown one costs no WeChat call. Null for an unknown scene.
/// </summary>
/// <exception cref="ProviderException">WeChat drew nothing (down, or it refused the request); try again later.</exception>
public sealed record DrawShareCodeCommand(string Scene) : ICommand<MiniProgramCode?>, IAllowAnonymous, IRetryOnConflict;

internal sealed class DrawShareCodeCommandHandler(IApplicationDbContext db, IMiniProgramCodes codes, TimeProvider clock)
    : ICommandHandler<DrawShareCodeCommand, MiniProgramCode?>
{
    public async ValueTask<MiniProgramCode?> Handle(DrawShareCodeCommand command, CancellationToken cancellationToken)
    {
        var shareId = await db.Shares.Where(s => s.Scene == command.Scene).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
        if (shareId is not { } id)
        {
            return null;
        }

        var stored = await db.ShareCodeImages.AsNoTracking().Where(i => i.ShareId == id)
            .Select(i => new MiniProgramCode(i.ContentType, i.Content))
            .SingleOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return stored;
        }

        // Nothing is held open across the call; a concurrent first request that saves first wins, and this one's retry reads it.
        var drawn = await codes.GetUnlimitedAsync(command.Scene, ShareLinks.CoursePage, cancellationToken);
        var code = drawn.Value ?? throw ProviderException.WeChatUnavailable();
        db.ShareCodeImages.Add(ShareCodeImage.Drawn(id, code.ContentType, code.Content, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }
}
