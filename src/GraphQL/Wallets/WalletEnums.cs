using GraphQL.Types;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.GraphQL.Wallets;

internal sealed class WalletEntryKindGraphType : EnumerationGraphType<WalletMovementKind>
{
    public WalletEntryKindGraphType()
    {
        Name = "WalletEntryKind";
        Description = "Why the balance moved: a top-up, a purchase, a refund to the balance, a top-up refunded to WeChat Pay "
            + "(or given back when WeChat Pay refused it), or an operator's adjustment.";
    }
}

internal sealed class TopUpStatusGraphType : EnumerationGraphType<WalletTopUpStatus>
{
    public TopUpStatusGraphType()
    {
        Name = "TopUpStatus";
        Description = "Pending until its order is paid through WeChat Pay, then credited to the balance.";
    }
}
