using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Identity;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Risk;

namespace KnowledgePay.Application.Risk.Access;

/// <summary>
/// The StepUpLogin restriction at login: while an open or confirmed flag holds it, tokens are issued only with a
/// phone-number proof (the code of the mini program's phone button) naming the account's bound phone. An account with no
/// bound phone binds the proven one (trust on first use, docs/decisions/0045), so a flagged learner is never locked out
/// while the flag waits for review. Scoped to the login, so a sign-in retried after a conflict reuses the spent code's answer.
/// </summary>
internal sealed class StepUpLogins(IWeChatPhoneNumbers phoneNumbers, IPhoneNumberProtector phones)
{
    private PhoneNumber? _provenPhone;

    public async Task VerifyAsync(IApplicationDbContext db, User user, string? phoneCode, CancellationToken cancellationToken)
    {
        if (!await db.IsRestrictedAsync(user.Id, RiskRestriction.StepUpLogin, cancellationToken))
        {
            return;
        }

        if (phoneCode is null)
        {
            throw AccessRiskErrors.LoginStepUpRequired();
        }

        if (_provenPhone is null)
        {
            var confirmed = (await phoneNumbers.GetPhoneNumberAsync(phoneCode, user.OpenId, cancellationToken))
                .ValueOrThrow(WeChatFailures.ToPhoneError);
            _provenPhone = PhoneNumber.FromWeChat(confirmed.CountryCode, confirmed.PurePhoneNumber, confirmed.PhoneNumber);
        }

        // Compared through the blind index: the bound number is never decrypted for the check.
        if (user.Phone is null)
        {
            user.BindPhone(phones.Protect(_provenPhone));
        }
        else if (user.Phone.BlindIndex != phones.BlindIndex(_provenPhone))
        {
            throw AccessRiskErrors.LoginStepUpFailed();
        }
    }
}
