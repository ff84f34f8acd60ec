using GraphQL.Types;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.GraphQL.Referrals;

internal sealed class PromoterStatusGraphType : EnumerationGraphType<PromoterStatus>
{
    public PromoterStatusGraphType()
    {
        Name = "PromoterStatus";
        Description = "Applied (waiting for an admin), approved (binds buyers and earns), or suspended (neither, what was earned stays).";
    }
}

internal sealed class CommissionStateGraphType : EnumerationGraphType<CommissionState>
{
    public CommissionStateGraphType()
    {
        Name = "CommissionState";
        Description = "Pending through the order's refund window, then valid (withdrawable); reversed when the line was refunded in full.";
    }
}

internal sealed class WithdrawalStatusGraphType : EnumerationGraphType<WithdrawalStatus>
{
    public WithdrawalStatusGraphType()
    {
        Name = "WithdrawalStatus";
        Description = "Requested (its amount held), approved, then paid by an operator; or rejected, which releases the amount.";
    }
}
