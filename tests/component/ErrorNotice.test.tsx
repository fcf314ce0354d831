import { jest } from '@jest/globals'
import { fireEvent, render, screen } from '@testing-library/react'

import { ErrorNotice } from '@/components/ErrorNotice'

describe('<ErrorNotice> (the localized error page)', () => {
  it('speaks Turkish on Turkish pages, links home and retries', () => {
    const onRetry = jest.fn()
    render(<ErrorNotice locale="tr" digest="12345" onRetry={onRetry} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bir sorun oluştu')
    expect(screen.getByRole('link', { name: 'Ana sayfaya git' })).toHaveAttribute('href', '/tr')
    fireEvent.click(screen.getByRole('button', { name: 'Yeniden dene' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(screen.getByText('Ref: 12345')).toBeInTheDocument()
  })

  it('speaks English on English pages and shows no error detail', () => {
    render(<ErrorNotice locale="en" onRetry={() => {}} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong')
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en')
    expect(screen.queryByText(/Ref:/)).not.toBeInTheDocument()
  })
})

describe('<ErrorNotice> without a retry handler (the server-rendered error page)', () => {
  it('offers no button that could not work, and still a way home', () => {
    render(<ErrorNotice locale="en" />)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en')
  })
})
