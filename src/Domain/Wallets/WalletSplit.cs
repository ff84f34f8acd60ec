namespace KnowledgePay.Domain.Wallets;

/// <summary>How an amount divides over the paid and bonus pots (fen, both ≥ 0).</summary>
public readonly record struct WalletSplit(long PaidFen, long BonusFen)
{
    public long TotalFen => PaidFen + BonusFen;

    /// <summary>
    /// How <paramref name="amountFen"/> returned of <paramref name="whole"/> splits over its pots, proportional and cumulative: the
    /// paid share of everything returned so far (<paramref name="before"/> plus <paramref name="amountFen"/>) is rounded
    /// down, so partial returns never give back more of a pot than it gave, and the last one returns exactly the rest.
    /// </summary>
    public static WalletSplit Proportional(WalletSplit whole, WalletSplit before, long amountFen)
    {
        if (amountFen <= 0 || before.TotalFen + amountFen > whole.TotalFen)
        {
            throw WalletErrors.MovementInvalid($"Cannot return {amountFen} fen of {whole.TotalFen} with {before.TotalFen} already returned.");
        }

        var paidSoFar = (long)((Int128)whole.PaidFen * (before.TotalFen + amountFen) / whole.TotalFen);
        var paid = Math.Clamp(
            paidSoFar - before.PaidFen,
            Math.Max(0, amountFen - (whole.BonusFen - before.BonusFen)),
            whole.PaidFen - before.PaidFen);
        return new WalletSplit(paid, amountFen - paid);
    }
}
