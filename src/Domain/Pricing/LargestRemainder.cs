namespace KnowledgePay.Domain.Pricing;

/// <summary>
/// Splits an amount over weights so the shares are whole fen and add up exactly: each share is rounded down, and the
/// fen left over go one each to the largest remainders (the earlier line on a tie).
/// </summary>
public static class LargestRemainder
{
    public static long[] Allocate(long amountFen, IReadOnlyList<long> weights)
    {
        var shares = new long[weights.Count];
        var totalWeight = weights.Sum();
        if (amountFen == 0 || totalWeight == 0)
        {
            return shares;
        }

        var remainders = new (Int128 Remainder, int Index)[weights.Count];
        long allocated = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (Int128)amountFen * weights[i];
            shares[i] = (long)(exact / totalWeight);
            remainders[i] = (exact % totalWeight, i);
            allocated += shares[i];
        }

        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take((int)(amountFen - allocated)))
        {
            shares[index]++;
        }

        return shares;
    }
}
