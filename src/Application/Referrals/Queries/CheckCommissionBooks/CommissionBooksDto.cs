namespace KnowledgePay.Application.Referrals.Queries.CheckCommissionBooks;

/// <summary>
/// The commission ledger's buckets summed over all promoters, and everything that keeps it from balancing. The buckets
/// add up to zero (<see cref="PlatformFen"/> is minus the rest); <see cref="OwedFen"/> is what promoters owe back
/// (valid balances below zero after late refunds), not a problem.
/// </summary>
public sealed record CommissionBooksDto(
    long AccruedFen, long ReversedFen, long PendingFen, long ValidFen, long HeldFen, long PaidOutFen, long PlatformFen, long OwedFen,
    IReadOnlyList<CommissionBookProblemDto> Problems)
{
    public bool IsBalanced => Problems.Count == 0;
}

/// <param name="PromoterId">The promoter whose records disagree; null for the ledger as a whole.</param>
public sealed record CommissionBookProblemDto(Guid? PromoterId, string Message);
