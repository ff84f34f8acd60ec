using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Segments;

namespace KnowledgePay.Application.Segments.Queries;

public static class SegmentQuerySchema
{
    public static FilterSchema<Segment> Filter { get; } = new FilterSchema<Segment>("Segment")
        .Field("name", s => s.Name, FilterValueKind.String)
        .Field("memberCount", s => s.MemberCount, FilterValueKind.Int)
        .Field("createdAt", s => s.CreatedAt, FilterValueKind.DateTime);

    public static SortSchema<Segment> Sort { get; } = new SortSchema<Segment>("Segment")
        .Field("createdAt", s => s.CreatedAt, "Newest first with DESC.")
        .Field("name", s => s.Name)
        .Field("memberCount", s => s.MemberCount, "Largest first with DESC.");

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];

    public static FilterSchema<User> MemberFilter { get; } = new FilterSchema<User>("SegmentMember")
        .Field("city", u => u.Profile.City, FilterValueKind.String);

    public static SortSchema<User> MemberSort { get; } = new SortSchema<User>("SegmentMember")
        .Field("createdAt", u => u.CreatedAt, "Newest users first with DESC.");

    public static IReadOnlyList<SortField> MemberDefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];
}
