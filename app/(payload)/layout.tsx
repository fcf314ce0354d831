/* Payload's admin shell (framework boilerplate). */
import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'

import { formStateServerFunction } from '@/lib/formStateServerFunction'
import { schedulePublishServerFunction } from '@/lib/scheduleServerFunction'
import { importMap } from './admin/importMap.js'
import './custom.css'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // The schedule drawer's action checks who may publish the document (lib/scheduleServerFunction.ts);
  // the form state takes an edit lock only on a document the user may update (lib/formStateServerFunction.ts).
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: { 'schedule-publish': schedulePublishServerFunction as never, 'form-state': formStateServerFunction as never },
  })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
