using System.Linq.Expressions;

namespace KnowledgePay.Application.Common.Querying.Filtering;

internal interface IFilterField
{
    Expression Translate(FieldCondition condition, Expression entity);

    Expression Translate(ListCondition condition, Expression entity);
}
