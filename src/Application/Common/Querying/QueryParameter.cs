using System.Linq.Expressions;

namespace KnowledgePay.Application.Common.Querying;

/// <summary>
/// Wraps a value as a member of a closure-like object, so EF sends it as a SQL parameter
/// (a plain constant would be inlined and every new value would compile a new query).
/// </summary>
internal static class QueryParameter
{
    public static Expression Of<T>(T value) =>
        Expression.Property(Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));

    private sealed record Holder<T>(T Value);
}
