type Option = { value: string; label: string }
type Filter = { name: string; label: string; allLabel: string; options: Option[]; value?: string }

type Props = { action: string; legend: string; submitLabel: string; filters: Filter[] }

/** A GET form of selects: works without JavaScript, and every state has a shareable URL. */
export function ListFilters({ action, legend, submitLabel, filters }: Props) {
  return (
    <form className="list-filters" method="get" action={action}>
      <fieldset>
        <legend>{legend}</legend>
        {filters.map((filter) => (
          <label key={filter.name}>
            <span>{filter.label}</span>
            <select name={filter.name} defaultValue={filter.value ?? ''}>
              <option value="">{filter.allLabel}</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">{submitLabel}</button>
      </fieldset>
    </form>
  )
}
