namespace KnowledgePay.Application.Sharing.Queries;

/// <summary>
/// What a share (or a set of them) brought: <see cref="Visits"/> openings by <see cref="Visitors"/> people other than the
/// sharer, of whom <see cref="Buyers"/> bought the course after their first visit.
/// </summary>
public sealed record ShareFunnelDto(int Visits, int Visitors, int Buyers)
{
    public static readonly ShareFunnelDto Empty = new(0, 0, 0);

    /// <summary>Buyers per visitor, 0 to 1; 0 before anyone visited.</summary>
    public double Conversion => Visitors == 0 ? 0 : (double)Buyers / Visitors;
}
