using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using Mapster;

namespace KnowledgePay.Application.Identity.Queries.GetMe;

internal static class MeMapping
{
    /// <summary>The account as its owner sees it: the bound phone number decrypted and masked (ADR 0043).</summary>
    public static MeDto ToMe(this User user, IPhoneNumberProtector phones) =>
        user.Adapt<MeDto>() with { PhoneNumber = user.Phone is { } phone ? phones.Reveal(phone).Masked() : null };
}
