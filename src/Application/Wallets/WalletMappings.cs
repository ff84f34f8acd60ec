using KnowledgePay.Application.Wallets.Queries;
using KnowledgePay.Domain.Wallets;
using Mapster;

namespace KnowledgePay.Application.Wallets;

internal sealed class WalletMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Wallet, WalletDto>().Map(d => d.BalanceFen, s => s.PaidFen + s.BonusFen);
        config.NewConfig<WalletMovement, WalletEntryDto>()
            .Map(d => d.AmountFen, s => s.PaidFen + s.BonusFen)
            .Map(d => d.BalanceAfterFen, s => s.PaidBalanceAfter + s.BonusBalanceAfter);
    }
}
