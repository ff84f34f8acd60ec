using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Wallets;
using Mediator;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Wallets.Queries.GetTopUpOptions;

/// <summary>What a top-up may be and the bonus tiers, lowest first: the mini program's top-up page. Public.</summary>
public sealed record GetTopUpOptionsQuery : IQuery<TopUpOptionsDto>, IAllowAnonymous;

public sealed record TopUpOptionsDto(long MinFen, long MaxFen, IReadOnlyList<BonusTier> Tiers);

internal sealed class GetTopUpOptionsQueryHandler(IOptions<WalletOptions> options) : IQueryHandler<GetTopUpOptionsQuery, TopUpOptionsDto>
{
    public ValueTask<TopUpOptionsDto> Handle(GetTopUpOptionsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new TopUpOptionsDto(
            options.Value.MinTopUpFen, options.Value.MaxTopUpFen, [.. options.Value.BonusTiers.OrderBy(t => t.AmountFen)]));
}
