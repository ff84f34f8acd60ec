namespace KnowledgePay.Application.Common.Querying.Filtering;

public enum FilterOperator
{
    Eq,
    Neq,
    In,
    Nin,
    Contains,
    NotContains,
    StartsWith,
    Gt,
    Gte,
    Lt,
    Lte,
}

public enum ListOperator
{
    Some,
    None,
    All,
    Any,
}
