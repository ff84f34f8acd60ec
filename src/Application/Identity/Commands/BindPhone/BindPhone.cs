using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Identity.Queries.GetMe;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity.Commands.BindPhone;

/// <summary>Stores, encrypted, the phone number WeChat confirms for the code of the mini program's phone button.</summary>
public sealed record BindPhoneCommand(string Code) : ICommand<MeDto>;

internal sealed class BindPhoneCommandHandler(
    IApplicationDbContext db, ICurrentUser currentUser, IWeChatPhoneNumbers phoneNumbers, IPhoneNumberProtector phones)
    : ICommandHandler<BindPhoneCommand, MeDto>
{
    public async ValueTask<MeDto> Handle(BindPhoneCommand command, CancellationToken cancellationToken)
    {
        var id = currentUser.RequiredId();
        var user = await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
        var confirmed = (await phoneNumbers.GetPhoneNumberAsync(command.Code, user.OpenId, cancellationToken))
            .ValueOrThrow(WeChatFailures.ToPhoneError);
        user.BindPhone(phones.Protect(PhoneNumber.FromWeChat(confirmed.CountryCode, confirmed.PurePhoneNumber, confirmed.PhoneNumber)));
        await db.SaveChangesAsync(cancellationToken);
        return user.ToMe(phones);
    }
}
