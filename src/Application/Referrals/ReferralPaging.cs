using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Application.Referrals;

/// <summary>The referral lists page newest first and offer no filter or other order (their state filters are arguments).</summary>
internal static class ReferralPaging
{
    public static FilterSchema<Commission> CommissionFilter { get; } = new("Commission");

    public static SortSchema<Commission> CommissionSort { get; } = new SortSchema<Commission>("Commission").Field("createdAt", c => c.CreatedAt);

    public static FilterSchema<Withdrawal> WithdrawalFilter { get; } = new("Withdrawal");

    public static SortSchema<Withdrawal> WithdrawalSort { get; } = new SortSchema<Withdrawal>("Withdrawal").Field("requestedAt", w => w.RequestedAt);

    public static FilterSchema<Promoter> PromoterFilter { get; } = new("Promoter");

    public static SortSchema<Promoter> PromoterSort { get; } = new SortSchema<Promoter>("Promoter").Field("createdAt", p => p.CreatedAt);

    public static FilterSchema<ReferralBinding> BindingFilter { get; } = new("Referral");

    public static SortSchema<ReferralBinding> BindingSort { get; } = new SortSchema<ReferralBinding>("Referral").Field("boundAt", b => b.BoundAt);

    public static IReadOnlyList<SortField> Newest(string field) => [new(field, SortDirection.Descending)];
}
