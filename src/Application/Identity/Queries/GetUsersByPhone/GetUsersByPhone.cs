using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity.Queries.GetUsersByPhone;

/// <summary>
/// Admins: the accounts a phone number is bound to, oldest first, found through the blind index alone (no number is
/// decrypted). One number may be bound to several accounts (ADR 0043).
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record GetUsersByPhoneQuery(string PhoneNumber) : IQuery<IReadOnlyList<PhoneOwnerDto>>;

internal sealed class GetUsersByPhoneQueryHandler(IApplicationDbContext db, IPhoneNumberProtector phones)
    : IQueryHandler<GetUsersByPhoneQuery, IReadOnlyList<PhoneOwnerDto>>
{
    public async ValueTask<IReadOnlyList<PhoneOwnerDto>> Handle(GetUsersByPhoneQuery query, CancellationToken cancellationToken)
    {
        var index = phones.BlindIndex(PhoneNumber.Parse(query.PhoneNumber));
        return await db.Users.AsNoTracking()
            .Where(u => u.PhoneBlindIndex == index)
            .OrderBy(u => u.CreatedAt)
            .ThenBy(u => u.Id)
            .Select(u => new PhoneOwnerDto(u.Id, u.Profile.Nickname, u.CreatedAt, u.LastLoginAt))
            .ToListAsync(cancellationToken);
    }
}
