using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Referrals;

/// <summary>Referral (分销) failures; the codes are API contract.</summary>
public static class ReferralErrors
{
    public const string SelfReferralCode = "REFERRAL_SELF";
    public const string CycleCode = "REFERRAL_CYCLE";
    public const string AlreadyBoundCode = "REFERRAL_ALREADY_BOUND";
    public const string PromoterCodeUnknownCode = "PROMOTER_CODE_UNKNOWN";
    public const string PromoterInactiveCode = "PROMOTER_INACTIVE";
    public const string NotAPromoterCode = "PROMOTER_REQUIRED";
    public const string PromoterStatusCode = "PROMOTER_STATUS_INVALID";
    public const string InsufficientBalanceCode = "WITHDRAWAL_EXCEEDS_BALANCE";
    public const string WithdrawalNotOpenCode = "WITHDRAWAL_NOT_OPEN";
    public const string ClientKeyReusedCode = "WITHDRAWAL_KEY_REUSED";

    public static DomainException SelfReferral() =>
        new(SelfReferralCode, "You cannot be your own referrer.");

    public static DomainException Cycle() =>
        new(CycleCode, "This promoter was referred by you, so you cannot be bound to them.");

    public static DomainException AlreadyBound() =>
        new(AlreadyBoundCode, "You are already bound to another promoter; the first referrer keeps you until the binding expires.");

    public static DomainException PromoterCodeUnknown() =>
        new(PromoterCodeUnknownCode, "No promoter has this code; check the invitation you were sent.");

    public static DomainException PromoterInactive() =>
        new(PromoterInactiveCode, "This promoter is not approved to promote at the moment.");

    public static DomainException NotAPromoter() =>
        new(NotAPromoterCode, "Only an approved promoter can do this.");

    public static DomainException PromoterStatus(PromoterStatus from, PromoterStatus to) =>
        new(PromoterStatusCode, $"A promoter who is {from} cannot become {to}.");

    public static DomainException InsufficientBalance(long amountFen, long availableFen) =>
        new(InsufficientBalanceCode, $"You asked to withdraw {amountFen} fen but only {Math.Max(availableFen, 0)} fen of valid commission is available.");

    public static DomainException WithdrawalNotOpen(WithdrawalStatus status) =>
        new(WithdrawalNotOpenCode, $"The withdrawal is {status}: it can no longer change that way.");

    public static DomainException ClientKeyReused() =>
        new(ClientKeyReusedCode, "This idempotency key was already used for another withdrawal amount.");
}
